package org.clusterwright.testing;

import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeAccess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Windows-style nodes whose SharedConfig folder is a local folder: {@code config-NAME/ProGet.config} below a root. */
public final class LocalConfigNodes {
    private LocalConfigNodes() {
    }

    /** A node whose ProGet.config holds {@code encryptionKey} as its EncryptionKey element's text, as written. */
    public static ClusterNode node(Path root, String name, String encryptionKey, String baseUrl) throws IOException {
        Path folder = Files.createDirectories(root.resolve("config-" + name));
        Files.writeString(folder.resolve("ProGet.config"), "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<InedoAppConfig>\n  <EncryptionKey>" + encryptionKey + "</EncryptionKey>\n</InedoAppConfig>\n");
        ClusterNode node = new ClusterNode(name, name + ".corp.local", NodeAccess.WINDOWS_SMB, baseUrl);
        node.setLocalConfigFolder(folder.toString());
        return node;
    }

    /** The config file of a node made by {@link #node}. */
    public static Path config(Path root, String name) {
        return root.resolve("config-" + name).resolve("ProGet.config");
    }
}
