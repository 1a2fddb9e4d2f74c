package org.clusterwright.nodes.docker;

import org.clusterwright.profile.Product;
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
 * The files a Docker/Linux node needs to take the cluster's key (and connection string): an env file, a Docker
 * secret file, a compose snippet that reads the secret through {@code ..._ENCRYPTION_KEY_FILE}, and a Kubernetes
 * Secret manifest. All are written readable by their owner only; the compose snippet holds no secret itself.
 */
public final class DockerExport {
    private DockerExport() {
    }

    /** What was written, and whether the owner-only permission could be set. */
    public record Written(List<Path> files, boolean ownerOnly) {
    }

    public static Written write(Path folder, Product product, Secret key, Optional<Secret> sqlConnectionString,
                                Optional<Secret> postgresConnectionString) throws IOException {
        String p = product.environmentPrefix();
        String id = product.id();
        Map<String, String> env = new LinkedHashMap<>();
        env.put(p + "_ENCRYPTION_KEY", key.reveal());
        sqlConnectionString.ifPresent(s -> env.put(p + "_SQL_CONNECTION_STRING", s.reveal()));
        postgresConnectionString.ifPresent(s -> env.put(p + "_POSTGRES_CONNECTION_STRING", s.reveal()));

        List<Path> written = new ArrayList<>();
        StringBuilder envText = new StringBuilder("# ").append(product.displayName())
                .append(" cluster settings written by Clusterwright. Same on every node; keep this file private.\n");
        env.forEach((name, value) -> envText.append(name).append('=').append(value).append('\n'));
        written.add(save(folder.resolve(id + ".env"), envText.toString()));

        String secretName = id + "_encryption_key";
        // no trailing newline: the product reads the whole file as the key
        written.add(save(folder.resolve(secretName), key.reveal()));

        String compose = "# Merge into your compose file: the key comes from a Docker secret, not the environment.\n"
                + "services:\n  " + id + ":\n    environment:\n      " + p + "_ENCRYPTION_KEY_FILE: /run/secrets/"
                + secretName + "\n    secrets:\n      - " + secretName + "\n"
                + "secrets:\n  " + secretName + ":\n    file: ./" + secretName + "\n";
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
