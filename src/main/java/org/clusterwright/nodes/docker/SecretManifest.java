package org.clusterwright.nodes.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.clusterwright.nodes.NodeAccessException;
import org.clusterwright.nodes.NodeAccessException.Problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A Kubernetes Secret manifest that a workload's pods take their variables from ({@code envFrom.secretRef}): its
 * {@code data} (base64) and {@code stringData}, the latter winning as Kubernetes merges them. What step 2 exports for
 * Kubernetes, read back the same way.
 */
final class SecretManifest {
    private SecretManifest() {
    }

    /** The manifest's variables, or empty when the YAML file is not a Secret (a compose file, say). */
    static Optional<DockerEnvironment> read(Path file) throws NodeAccessException {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            // the compose reader words what is wrong with the file
            return Optional.empty();
        }
        if (root == null || !"Secret".equals(root.path("kind").asText())) {
            return Optional.empty();
        }
        Map<String, String> variables = new LinkedHashMap<>();
        var data = root.path("data").fields();
        while (data.hasNext()) {
            var entry = data.next();
            try {
                variables.put(entry.getKey(), new String(Base64.getMimeDecoder().decode(entry.getValue().asText()),
                        StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new NodeAccessException(Problem.MALFORMED, file + ": the value of " + entry.getKey()
                        + " under data is not base64.", "Encode it with base64, or move it under stringData.", null);
            }
        }
        root.path("stringData").fields().forEachRemaining(e -> variables.put(e.getKey(), e.getValue().asText()));
        String name = root.path("metadata").path("name").asText("");
        return Optional.of(new DockerEnvironment(file + " (Secret " + name + ")", file.toAbsolutePath().getParent(),
                variables, Map.of()));
    }
}
