package org.clusterwright.lab;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The body of ProGet 2025's {@code /health}: always JSON (ProGetHealthInfo, camelCase, with the documented mix of
 * {@code databaseStatusDetails} and {@code licenseStatusDetail}), 200 when healthy and 500 with the same JSON when not.
 * Field order and values follow a real ProGet 2025.14 answer.
 */
final class ProGetHealth {
    static final String VERSION_NUMBER = "2025.14 (Build 7)";
    static final String RELEASE_NUMBER = "25.0.14";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProGetHealth() {
    }

    static int status(Optional<String> databaseError) {
        return databaseError.isEmpty() ? 200 : 500;
    }

    static String body(Optional<String> databaseError) {
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("applicationName", "ProGet");
        health.put("databaseStatus", databaseError.isEmpty() ? "OK" : "Error");
        health.put("databaseStatusDetails", databaseError.orElse(null));
        health.put("extensionsInstalled", Map.of("InedoCore", "2.1.3"));
        health.put("licenseStatus", "OK");
        health.put("licenseStatusDetail", null);
        health.put("versionNumber", VERSION_NUMBER);
        health.put("releaseNumber", RELEASE_NUMBER);
        health.put("serviceStatus", "OK");
        health.put("serviceStatusDetail", null);
        Map<String, Object> replication = new LinkedHashMap<>();
        for (String field : new String[] {"serverStatus", "serverError", "clientStatus", "clientError"}) {
            replication.put(field, null);
        }
        health.put("replicationStatus", replication);
        try {
            return JSON.writeValueAsString(health);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }
}
