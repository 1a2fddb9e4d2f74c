package org.clusterwright.lab;

import org.clusterwright.profile.DatabaseKind;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.VersionLine;
import org.clusterwright.profile.VersionLine.ContainerVariables;
import org.clusterwright.secrets.Secret;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a lab node's configuration as an installation leaves it. A Windows-style node gets its
 * {@code <Product>.config} as the Inedo Hub writes it (CRLF line ends, UTF-8 with the declaration, the documented
 * InedoAppConfig layout: the connection string in the element the database needs, the EncryptionKey, the web server's
 * address). A Docker-style node gets an env file with the variables its line's image reads and a compose file that
 * takes it, maps the shared storage to the image's path and publishes the web port, as Inedo's Docker guide shows.
 */
final class LabConfigFiles {
    static final String COMPOSE = "docker-compose.yml";

    private LabConfigFiles() {
    }

    /** The shared config file in {@code folder}. */
    static Path writeWindows(Path folder, Product product, DatabaseKind kind, Secret connectionString, Secret key,
                             String url) throws IOException {
        Files.createDirectories(folder);
        String element = kind == DatabaseKind.POSTGRESQL ? "PostgresConnectionString" : "ConnectionString";
        String text = String.join("\r\n",
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
                "<InedoAppConfig>",
                "  <" + element + ">" + escape(connectionString.reveal()) + "</" + element + ">",
                "  <EncryptionKey>" + escape(key.reveal()) + "</EncryptionKey>",
                "  <WebServer Enabled=\"true\" Urls=\"" + escape(url) + "\" />",
                "</InedoAppConfig>", "");
        return Files.writeString(folder.resolve(product.configFileName()), text, StandardCharsets.UTF_8);
    }

    /** The env file and the compose file in {@code folder}; returns the compose file, which the profile names. */
    static Path writeDocker(Path folder, Product product, VersionLine line, DatabaseKind kind,
                            Secret connectionString, Secret key, Path storage, int port) throws IOException {
        Files.createDirectories(folder);
        ContainerVariables names = line.containerVariables(product);
        List<String> env = new ArrayList<>();
        env.add("# " + product + " container settings, as an administrator keeps them beside the compose file");
        env.add(names.key() + "=" + key.reveal());
        if (kind == DatabaseKind.POSTGRESQL) {
            env.add(names.postgres() + "=" + connectionString.reveal());
        } else {
            env.add(names.sql() + "=" + connectionString.reveal());
            names.withSql().forEach((name, value) -> env.add(name + "=" + value));
        }
        String envName = product.id() + ".env";
        Files.writeString(folder.resolve(envName), String.join("\n", env) + "\n", StandardCharsets.UTF_8);
        List<String> compose = new ArrayList<>(List.of(
                "services:",
                "  " + product.id() + ":",
                "    image: proget.inedo.com/productimages/inedo/" + product.id() + ":latest",
                "    restart: unless-stopped",
                "    env_file:",
                "      - ./" + envName));
        // Otter keeps nothing on shared storage, so its container maps none
        if (product.storage().shared()) {
            compose.addAll(List.of("    volumes:", "      - " + storage + ":" + product.storage().containerPath()));
        }
        compose.addAll(List.of("    ports:", "      - \"" + port + ":80\"", ""));
        return Files.writeString(folder.resolve(COMPOSE), String.join("\n", compose), StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
