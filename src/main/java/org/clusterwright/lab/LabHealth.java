package org.clusterwright.lab;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.VersionLine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a lab node answers at {@code /health}, as its product documents it: ProGet's JSON (ProGetHealthInfo, with the
 * documented mix of {@code databaseStatusDetails} and {@code licenseStatusDetail} and the replication object),
 * BuildMaster's JSON (Content/BuildMaster/Reference/api/health.md, with {@code instanceName}), 200 when healthy and 500
 * with the same JSON when not. Otter documents none: a lab Otter node answers 404, or, when told to, JSON shaped like
 * BuildMaster's (an assumption of the lab, not Inedo's word).
 */
final class LabHealth {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LabHealth() {
    }

    /** The answer's status and JSON body; empty when the node has no health endpoint (it answers 404). */
    static Optional<Answer> answer(Product product, VersionLine line, LabOptions.OtterHealth otter,
                                   Optional<String> databaseError) {
        if (product == Product.OTTER && otter == LabOptions.OtterHealth.NOT_FOUND) {
            return Optional.empty();
        }
        LabRelease release = LabRelease.of(product, line);
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("applicationName", product.displayName());
        health.put("databaseStatus", databaseError.isEmpty() ? "OK" : "Error");
        health.put("databaseStatusDetails", databaseError.orElse(null));
        health.put("extensionsInstalled", Map.of("InedoCore", "2.1.3"));
        if (product != Product.PROGET) {
            health.put("instanceName", null);
        }
        health.put("licenseStatus", "OK");
        health.put("licenseStatusDetail", null);
        health.put("versionNumber", release.versionNumber());
        health.put("releaseNumber", release.releaseNumber());
        health.put("serviceStatus", "OK");
        health.put("serviceStatusDetail", null);
        if (product == Product.PROGET) {
            Map<String, Object> replication = new LinkedHashMap<>();
            for (String field : new String[] {"serverStatus", "serverError", "clientStatus", "clientError"}) {
                replication.put(field, null);
            }
            health.put("replicationStatus", replication);
        }
        try {
            return Optional.of(new Answer(databaseError.isEmpty() ? 200 : 500, JSON.writeValueAsString(health)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }

    record Answer(int status, String body) {
    }
}
