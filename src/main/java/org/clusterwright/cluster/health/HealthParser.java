package org.clusterwright.cluster.health;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code /health} answer in any of its documented shapes: ProGet 2026's plain text, the JSON of older ProGet
 * and of BuildMaster (with their uneven field names: {@code databaseStatusDetails} but {@code licenseStatusDetail}),
 * {@code extensionsInstalled} as a map or as a list of "name version" strings, and the old example with an unkeyed
 * replication object.
 */
public final class HealthParser {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_PROBLEM_CHARS = 300;

    public HealthReport parse(int httpStatus, String body) {
        String text = body == null ? "" : body.strip();
        if (httpStatus == 404) {
            return new HealthReport(HealthFormat.NOT_FOUND, httpStatus, "", "", "", List.of(), Map.of(),
                    "The node has no /health endpoint (404).");
        }
        if (text.startsWith("{")) {
            JsonNode root = readLeniently(text);
            if (root != null && root.isObject()) {
                return fromJson(httpStatus, root);
            }
        }
        if (httpStatus == 200 && text.equals("OK")) {
            return new HealthReport(HealthFormat.PLAIN_TEXT, httpStatus, "", "", "", List.of(), Map.of(), "");
        }
        if (httpStatus == 500 && !text.isEmpty() && !text.startsWith("<")) {
            return new HealthReport(HealthFormat.PLAIN_TEXT, httpStatus, "", "", "", List.of(), Map.of(), clip(text));
        }
        return new HealthReport(HealthFormat.UNRECOGNISED, httpStatus, "", "", "", List.of(), Map.of(),
                "Unexpected answer (HTTP " + httpStatus + "): " + (text.isEmpty() ? "empty body" : clip(firstLine(text))));
    }

    private static JsonNode readLeniently(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException malformed) {
            try {
                return JSON.readTree(UnkeyedObjectRepair.repair(text));
            } catch (JsonProcessingException stillMalformed) {
                return null;
            }
        }
    }

    private static HealthReport fromJson(int httpStatus, JsonNode root) {
        List<HealthComponent> components = new ArrayList<>();
        addComponent(components, HealthReport.DATABASE, root, "databaseStatus", "databaseStatusDetails", "databaseStatusDetail");
        addComponent(components, HealthReport.LICENSE, root, "licenseStatus", "licenseStatusDetail", "licenseStatusDetails");
        addComponent(components, HealthReport.SERVICE, root, "serviceStatus", "serviceStatusDetail", "serviceStatusDetails");
        JsonNode replication = root.path(UnkeyedObjectRepair.KEY);
        if (replication.isObject()) {
            addComponent(components, HealthReport.REPLICATION_SERVER, replication, "serverStatus", "serverError");
            addComponent(components, HealthReport.REPLICATION_CLIENT, replication, "clientStatus", "clientError");
        }
        String problem = components.stream().filter(c -> !c.ok()).map(HealthComponent::describe)
                .reduce((a, b) -> a + "; " + b).orElse(httpStatus == 200 ? "" : "HTTP " + httpStatus);
        return new HealthReport(HealthFormat.JSON, httpStatus, text(root, "applicationName"), text(root, "versionNumber"),
                text(root, "releaseNumber"), components, extensions(root.path("extensionsInstalled")), problem);
    }

    /** Adds a component when its status is reported; a null status (no replication configured) adds nothing. */
    private static void addComponent(List<HealthComponent> components, String name, JsonNode node, String statusField,
                                     String... detailFields) {
        String status = text(node, statusField);
        if (status.isEmpty()) {
            return;
        }
        String detail = "";
        for (String field : detailFields) {
            if (detail.isEmpty()) {
                detail = text(node, field);
            }
        }
        components.add(new HealthComponent(name, status, clip(detail)));
    }

    private static Map<String, String> extensions(JsonNode node) {
        Map<String, String> found = new LinkedHashMap<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> found.put(e.getKey(), e.getValue().asText("")));
        } else if (node.isArray()) {
            // the older list form: "Inedo SDK 1.3.1", the version after the last space
            for (JsonNode item : node) {
                String entry = item.asText("").strip();
                int space = entry.lastIndexOf(' ');
                boolean hasVersion = space > 0 && Character.isDigit(entry.charAt(space + 1));
                found.put(hasVersion ? entry.substring(0, space) : entry, hasVersion ? entry.substring(space + 1) : "");
            }
        }
        return found;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asText("").strip();
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end).strip();
    }

    private static String clip(String text) {
        return text.length() <= MAX_PROBLEM_CHARS ? text : text.substring(0, MAX_PROBLEM_CHARS) + "…";
    }
}
