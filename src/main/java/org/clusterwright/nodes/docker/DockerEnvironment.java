package org.clusterwright.nodes.docker;

import java.nio.file.Path;
import java.util.Map;

/**
 * The variables a Docker/Linux node's container gets, as read from its env or compose file, with what is needed
 * to follow {@code ..._FILE} variables: the file's folder and the compose file's file-based secrets.
 */
record DockerEnvironment(String source, Path folder, Map<String, String> variables, Map<String, Path> secrets) {
    DockerEnvironment {
        variables = Map.copyOf(variables);
        secrets = Map.copyOf(secrets);
    }

    /** Where a {@code ..._FILE} path points on this machine: a compose secret, or a path relative to the file. */
    Path resolveFile(String path) {
        String prefix = "/run/secrets/";
        if (path.startsWith(prefix) && secrets.containsKey(path.substring(prefix.length()))) {
            return secrets.get(path.substring(prefix.length()));
        }
        return folder.resolve(path);
    }
}
