package org.clusterwright.nodes.docker;

import org.clusterwright.profile.Product;
import org.clusterwright.profile.VersionLine.ContainerVariables;
import org.clusterwright.secrets.Secret;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The files a Docker/Linux node needs to take the cluster's key (and connection string), all in one form: the
 * variables set directly ({@code PROGET_ENCRYPTION_KEY}), never beside their {@code _FILE} twins, which Inedo calls
 * invalid (ProGet/installation/config-files.md @bf6802c5, lines 39-41). An env file holds them; a compose snippet
 * reads that env file; a Kubernetes Secret manifest holds the same variables. All are written readable by their owner
 * only; the compose snippet holds no secret itself.
 */
public final class DockerExport {
    private DockerExport() {
    }

    /** What was written, and whether the owner-only permission could be set. */
    public record Written(List<Path> files, boolean ownerOnly) {
    }

    public static Written write(Path folder, Product product, ContainerVariables names, Secret key,
                                Optional<Secret> sqlConnectionString, Optional<Secret> postgresConnectionString)
            throws IOException {
        String id = product.id();
        Map<String, String> env = new LinkedHashMap<>();
        env.put(names.key(), key.reveal());
        sqlConnectionString.ifPresent(s -> {
            env.put(names.sql(), s.reveal());
            env.putAll(names.withSql());
        });
        postgresConnectionString.ifPresent(s -> env.put(names.postgres(), s.reveal()));

        List<Path> written = new ArrayList<>();
        String envName = id + ".env";
        StringBuilder envText = new StringBuilder("# ").append(product.displayName())
                .append(" cluster settings written by Clusterwright. Same on every node; keep this file private.\n")
                .append("# Remove any ").append(names.key()).append("_FILE from the node's configuration: setting a")
                .append(" variable and its _FILE twin together is invalid.\n");
        env.forEach((name, value) -> envText.append(name).append('=').append(value).append('\n'));
        written.add(save(folder.resolve(envName), envText.toString()));

        String compose = "# Merge into your compose file: the settings come from the env file beside it. Remove any\n"
                + "# " + names.key() + " or " + names.key() + "_FILE the service sets itself.\n"
                + "services:\n  " + id + ":\n    env_file:\n      - ./" + envName + "\n";
        written.add(save(folder.resolve(id + "-compose-snippet.yml"), compose));

        StringBuilder manifest = new StringBuilder("# kubectl apply -f this file, then reference it with envFrom.secretRef\n")
                .append("apiVersion: v1\nkind: Secret\nmetadata:\n  name: ").append(id).append("-cluster-settings\n")
                .append("type: Opaque\ndata:\n");
        env.forEach((name, value) -> manifest.append("  ").append(name).append(": ")
                .append(Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8))).append('\n'));
        written.add(save(folder.resolve(id.toLowerCase(Locale.ROOT) + "-secret.yaml"), manifest.toString()));
        return new Written(List.copyOf(written), OwnerOnlyFiles.supported());
    }

    private static Path save(Path file, String text) throws IOException {
        OwnerOnlyFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
        return file;
    }
}
