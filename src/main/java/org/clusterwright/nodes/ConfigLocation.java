package org.clusterwright.nodes;

import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.Product;
import org.clusterwright.remote.ShareAddress;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a node's InedoAppConfig file is: by default {@code \\host\C$\ProgramData\Inedo\SharedConfig\<Product>.config},
 * with the share, folder, file and port overridable per node, or a local folder instead of SMB.
 */
public record ConfigLocation(String host, int port, String share, String folder, String fileName, Path localFolder) {
    public static final String ADMIN_SHARE = "C$";
    public static final String SHARED_CONFIG = "ProgramData\\Inedo\\SharedConfig";
    public static final int SMB_PORT = ShareAddress.SMB_PORT;

    public static ConfigLocation of(ClusterNode node, Product product) {
        String path = Optional.ofNullable(node.getConfigPath()).orElse(SHARED_CONFIG).replace('/', '\\');
        path = strip(path);
        String folder = path;
        String fileName = product.configFileName();
        if (path.toLowerCase(java.util.Locale.ROOT).endsWith(".config")) {
            int slash = path.lastIndexOf('\\');
            folder = slash < 0 ? "" : path.substring(0, slash);
            fileName = path.substring(slash + 1);
        }
        String share = Optional.ofNullable(node.getConfigShare()).map(s -> strip(s.replace('/', '\\'))).orElse(ADMIN_SHARE);
        int port = node.getSmbPort() == null ? SMB_PORT : node.getSmbPort();
        Path local = node.getLocalConfigFolder() == null ? null : Path.of(node.getLocalConfigFolder());
        return new ConfigLocation(node.getHost(), port, share, folder, fileName, local);
    }

    public boolean isLocal() {
        return localFolder != null;
    }

    /** The folder over SMB: server, port, share and the folder inside it. */
    public ShareAddress address() {
        return new ShareAddress(host, port, share, folder);
    }

    /** The path of a file of this folder inside the share, as SMB wants it: backslashes, no leading one. */
    String pathInShare(String name) {
        return address().pathOf(name);
    }

    /** The UNC form a Windows administrator recognises (port included when not standard), or the local path. */
    public String describe(String name) {
        return isLocal() ? localFolder.resolve(name).toString() : address().describe(name);
    }

    public String describe() {
        return describe(fileName);
    }

    private static String strip(String path) {
        String result = path.strip();
        while (result.startsWith("\\")) {
            result = result.substring(1);
        }
        while (result.endsWith("\\")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }
}
