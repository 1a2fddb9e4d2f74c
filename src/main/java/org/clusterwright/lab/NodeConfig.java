package org.clusterwright.lab;

import org.clusterwright.nodes.InedoAppConfig;
import org.clusterwright.nodes.NodeAccessException;
import org.clusterwright.secrets.Secret;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a lab node took from its ProGet.config when it last started. ProGet 2025 reads a PostgreSQL connection
 * string from {@code <PostgresConnectionString>}; {@code <ConnectionString>} is taken when that is missing, so a
 * config written either way reaches the lab database. {@code problem} says why the file could not be used.
 */
record NodeConfig(Optional<Secret> connectionString, Optional<Secret> encryptionKey, String problem) {

    static NodeConfig read(Path file) {
        try {
            InedoAppConfig config = InedoAppConfig.parse(Files.readAllBytes(file), file.toString());
            return new NodeConfig(config.postgresConnectionString().or(config::connectionString),
                    config.encryptionKey(), "");
        } catch (NodeAccessException e) {
            return new NodeConfig(Optional.empty(), Optional.empty(), e.getMessage());
        } catch (IOException e) {
            return new NodeConfig(Optional.empty(), Optional.empty(), file + " could not be read ("
                    + e.getClass().getSimpleName() + ").");
        }
    }

    /** Why this node has no database to use, or empty when its config names one. */
    Optional<String> withoutDatabase() {
        if (!problem.isEmpty()) {
            return Optional.of(problem);
        }
        return connectionString.isEmpty()
                ? Optional.of("ProGet.config names no PostgresConnectionString, and a cluster node has no embedded"
                + " database to fall back on.")
                : Optional.empty();
    }
}
