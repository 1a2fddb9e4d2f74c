package org.clusterwright.nodes.docker;

import org.clusterwright.nodes.NodeAccessException;
import org.clusterwright.nodes.NodeAccessException.Problem;
import org.clusterwright.profile.Product;
import org.clusterwright.secrets.Secret;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a Docker/Linux node is configured with: its EncryptionKey and connection strings, each taken from the
 * direct variable or its {@code _FILE} twin, current names before legacy ones. Inedo's docs say setting both a
 * value and its file is invalid, so that is refused rather than guessed.
 */
public record DockerNodeConfig(String source, Optional<Secret> encryptionKey, String keyFrom,
                               Optional<Secret> sqlConnectionString, Optional<Secret> postgresConnectionString,
                               List<String> notes) {

    /**
     * Reads {@code setting}: an env file, or a compose file ({@code .yml}/{@code .yaml}), optionally followed by
     * {@code #service} to name the product's service.
     */
    public static DockerNodeConfig read(String setting, Product product) throws NodeAccessException {
        int hash = setting.lastIndexOf('#');
        String path = hash > 0 ? setting.substring(0, hash) : setting;
        String service = hash > 0 ? setting.substring(hash + 1) : null;
        Path file = Path.of(path);
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        DockerEnvironment environment = lower.endsWith(".yml") || lower.endsWith(".yaml")
                ? ComposeFile.read(file, service, product)
                : new DockerEnvironment(file.toString(), file.toAbsolutePath().getParent(), EnvFile.read(file), java.util.Map.of());
        return of(environment, product);
    }

    static DockerNodeConfig of(DockerEnvironment environment, Product product) throws NodeAccessException {
        String p = product.environmentPrefix() + "_";
        List<String> notes = new ArrayList<>();
        Found key = value(environment, p + "ENCRYPTION_KEY");
        Found sql = value(environment, p + "SQL_CONNECTION_STRING");
        if (sql.value().isEmpty()) {
            for (String legacy : List.of("SQL_CONNECTION_STRING", p + "DATABASE")) {
                Found old = value(environment, legacy);
                if (old.value().isPresent()) {
                    notes.add(old.from() + " is a legacy name; current versions read " + p + "SQL_CONNECTION_STRING.");
                    sql = old;
                    break;
                }
            }
        }
        Found postgres = value(environment, p + "POSTGRES_CONNECTION_STRING");
        if (environment.variables().containsKey(p + "DB_TYPE")) {
            notes.add(p + "DB_TYPE is set; only ProGet 5.3 and older read it.");
        }
        return new DockerNodeConfig(environment.source(), key.value(), key.from(), sql.value(), postgres.value(),
                List.copyOf(notes));
    }

    private record Found(Optional<Secret> value, String from) {
    }

    private static Found value(DockerEnvironment environment, String name) throws NodeAccessException {
        String direct = environment.variables().get(name);
        String file = environment.variables().get(name + "_FILE");
        boolean hasDirect = direct != null && !direct.isBlank();
        boolean hasFile = file != null && !file.isBlank();
        if (hasDirect && hasFile) {
            throw new NodeAccessException(Problem.MALFORMED, environment.source() + " sets both " + name + " and "
                    + name + "_FILE; Inedo's docs call that invalid.", "Keep one of the two.");
        }
        if (hasDirect) {
            return new Found(Optional.of(Secret.of(direct.strip())), name + " in " + environment.source());
        }
        if (!hasFile) {
            return new Found(Optional.empty(), "");
        }
        Path path = environment.resolveFile(file.strip());
        try {
            String content = Files.readString(path, StandardCharsets.UTF_8).strip();
            return new Found(content.isEmpty() ? Optional.empty() : Optional.of(Secret.of(content)),
                    name + "_FILE -> " + path);
        } catch (IOException e) {
            throw new NodeAccessException(Problem.FILE_MISSING, name + "_FILE in " + environment.source()
                    + " points to " + file.strip() + ", which cannot be read here (" + path + ").",
                    "Copy the secret file next to the env file, or enter the key for this node by hand.", e);
        }
    }
}
