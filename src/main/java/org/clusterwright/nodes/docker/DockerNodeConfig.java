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
     * Reads {@code setting}: an env file, a compose file ({@code .yml}/{@code .yaml}) optionally followed by
     * {@code #service} to name the product's service, or a Kubernetes Secret manifest.
     */
    public static DockerNodeConfig read(String setting, Product product) throws NodeAccessException {
        FileSetting file = FileSetting.of(setting);
        if (!file.compose()) {
            return of(new DockerEnvironment(file.file().toString(), file.file().toAbsolutePath().getParent(),
                    EnvFile.read(file.file()), java.util.Map.of()), product);
        }
        Optional<DockerEnvironment> secret = SecretManifest.read(file.file());
        return of(secret.isPresent() ? secret.get() : ComposeFile.read(file.file(), file.service(), product), product);
    }

    static DockerNodeConfig of(DockerEnvironment environment, Product product) throws NodeAccessException {
        String p = product.environmentPrefix() + "_";
        List<String> notes = new ArrayList<>();
        Found key = value(environment, p + "ENCRYPTION_KEY", notes);
        Found sql = value(environment, p + "SQL_CONNECTION_STRING", notes);
        if (sql.value().isEmpty()) {
            // SQL_CONNECTION_STRING is what ProGet 5.3 and older read (supported-environment-variables.md @c82fd288);
            // PROGET_DATABASE only ever existed for ProGet
            List<String> legacy = product == Product.PROGET ? List.of("SQL_CONNECTION_STRING", p + "DATABASE")
                    : List.of("SQL_CONNECTION_STRING");
            for (String name : legacy) {
                Found old = value(environment, name, notes);
                if (old.value().isPresent()) {
                    notes.add(old.from() + " is a legacy name: ProGet 5.3 and older read it; later versions read "
                            + p + "SQL_CONNECTION_STRING.");
                    sql = old;
                    break;
                }
            }
        }
        Found postgres = value(environment, p + "POSTGRES_CONNECTION_STRING", notes);
        if (product == Product.PROGET && environment.variables().containsKey(p + "DB_TYPE")) {
            notes.add(p + "DB_TYPE is set; only ProGet 5.3 and older read it.");
        }
        return new DockerNodeConfig(environment.source(), key.value(), key.from(), sql.value(), postgres.value(),
                List.copyOf(notes));
    }

    private record Found(Optional<Secret> value, String from) {
    }

    /**
     * The variable's value, directly or through its {@code _FILE} twin. Inedo calls setting both invalid
     * (ProGet/installation/config-files.md @bf6802c5, lines 39-41): with the same value that is noted, so the
     * administrator removes one; with different values nobody can say which the product uses, so it is refused.
     */
    private static Found value(DockerEnvironment environment, String name, List<String> notes)
            throws NodeAccessException {
        String direct = environment.variables().get(name);
        String file = environment.variables().get(name + "_FILE");
        boolean hasDirect = direct != null && !direct.isBlank();
        boolean hasFile = file != null && !file.isBlank();
        if (hasDirect && hasFile && !Files.isReadable(environment.resolveFile(file.strip()))) {
            throw new NodeAccessException(Problem.MALFORMED, environment.source() + " sets both " + name + " and "
                    + name + "_FILE; Inedo's docs call setting both invalid, and the file cannot be read here to"
                    + " compare them.", "Keep one of the two, with the value the cluster uses.");
        }
        Found fromFile = hasFile ? fromFile(environment, name, file.strip()) : new Found(Optional.empty(), "");
        if (hasDirect && hasFile) {
            boolean same = fromFile.value().map(v -> v.reveal().equals(direct.strip())).orElse(false);
            if (!same) {
                throw new NodeAccessException(Problem.MALFORMED, environment.source() + " sets both " + name + " and "
                        + name + "_FILE, with different values; Inedo's docs call setting both invalid, so which one the"
                        + " product uses is unknown.", "Keep one of the two, with the value the cluster uses.");
            }
            notes.add(environment.source() + " sets both " + name + " and " + name + "_FILE (the same value); Inedo's"
                    + " docs call setting both invalid: keep one of the two.");
        }
        if (hasDirect) {
            return new Found(Optional.of(Secret.of(direct.strip())), name + " in " + environment.source());
        }
        return fromFile;
    }

    private static Found fromFile(DockerEnvironment environment, String name, String file) throws NodeAccessException {
        Path path = environment.resolveFile(file);
        try {
            String content = Files.readString(path, StandardCharsets.UTF_8).strip();
            return new Found(content.isEmpty() ? Optional.empty() : Optional.of(Secret.of(content)),
                    name + "_FILE -> " + path);
        } catch (IOException e) {
            throw new NodeAccessException(Problem.FILE_MISSING, name + "_FILE in " + environment.source()
                    + " points to " + file + ", which cannot be read here (" + path + ").",
                    "Copy the secret file next to the env file, or enter the key for this node by hand.", e);
        }
    }
}
