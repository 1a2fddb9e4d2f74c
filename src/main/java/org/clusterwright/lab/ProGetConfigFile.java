package org.clusterwright.lab;

import org.clusterwright.secrets.Secret;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a lab node's ProGet.config as the Inedo Hub leaves it on a Windows server (CRLF line ends, UTF-8 with the
 * declaration), in the documented InedoAppConfig layout: the PostgreSQL connection string, the EncryptionKey, and
 * the integrated web server's address.
 */
final class ProGetConfigFile {
    static final String NAME = "ProGet.config";

    private ProGetConfigFile() {
    }

    static Path write(Path folder, Secret connectionString, Secret encryptionKey, String url) throws IOException {
        Files.createDirectories(folder);
        String text = String.join("\r\n",
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
                "<InedoAppConfig>",
                "  <PostgresConnectionString>" + escape(connectionString.reveal()) + "</PostgresConnectionString>",
                "  <EncryptionKey>" + escape(encryptionKey.reveal()) + "</EncryptionKey>",
                "  <WebServer Enabled=\"true\" Urls=\"" + escape(url) + "\" />",
                "</InedoAppConfig>", "");
        return Files.writeString(folder.resolve(NAME), text, StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
