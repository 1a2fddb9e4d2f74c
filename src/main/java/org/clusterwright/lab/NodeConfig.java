package org.clusterwright.lab;

import org.clusterwright.nodes.InedoAppConfig;
import org.clusterwright.nodes.NodeAccessException;
import org.clusterwright.nodes.docker.DockerNodeConfig;
import org.clusterwright.profile.Product;
import org.clusterwright.secrets.Secret;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a lab node took from its configuration when it last started: a Windows-style node's {@code <Product>.config}
 * (the PostgreSQL connection string from {@code <PostgresConnectionString>}, else {@code <ConnectionString>}), or a
 * Docker-style node's compose file and the env file it names. {@code problem} says why it could not be used.
 */
record NodeConfig(Optional<Secret> connectionString, Optional<Secret> encryptionKey, String problem) {

    static NodeConfig read(Path file, boolean docker, Product product) {
        try {
            if (docker) {
                DockerNodeConfig config = DockerNodeConfig.read(file.toString(), product);
                return new NodeConfig(config.postgresConnectionString().or(config::sqlConnectionString),
                        config.encryptionKey(), "");
            }
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
                ? Optional.of("The configuration names no connection string, and a cluster node has no embedded"
                + " database to fall back on.")
                : Optional.empty();
    }
}
