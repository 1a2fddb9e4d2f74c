package org.clusterwright.keys;

import org.clusterwright.nodes.ConfigFolder;
import org.clusterwright.nodes.ConfigFolderOpener;
import org.clusterwright.nodes.ConfigLocation;
import org.clusterwright.nodes.InedoAppConfig;
import org.clusterwright.nodes.NodeAccessException;
import org.clusterwright.nodes.docker.DockerNodeConfig;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.secrets.Secret;
import org.clusterwright.secrets.SecretStore;

import java.util.Optional;

/**
 * Reads one node's EncryptionKey wherever that node keeps it: its config file (over SMB or from a local
 * folder), its env or compose file, or, for a manual node, what the user entered into the secret store.
 */
public final class NodeKeyReader {
    /** What a manual node's key is called in the secret store. */
    public static final String MANUAL_KEY = "encryption-key";

    private final String profileId;
    private final Product product;
    private final ConfigFolderOpener folders;
    private final SecretStore secrets;

    public NodeKeyReader(String profileId, Product product, ConfigFolderOpener folders, SecretStore secrets) {
        this.profileId = profileId;
        this.product = product;
        this.folders = folders;
        this.secrets = secrets;
    }

    public NodeKeyReading read(ClusterNode node) {
        if (node.getLocalConfigFolder() == null && node.getAccess() == NodeAccess.MANUAL) {
            return readManual(node);
        }
        if (node.getLocalConfigFolder() == null && node.getAccess().container()) {
            return readDocker(node);
        }
        return readConfigFile(node);
    }

    /** The secret-store name of a manual node's key, so the wizard can store what the user pastes. */
    public static SecretRef manualKeyRef(ClusterNode node) {
        return SecretRef.forNode(node.targetName(), MANUAL_KEY);
    }

    private NodeKeyReading readManual(ClusterNode node) {
        Optional<Secret> key = secrets.get(profileId, manualKeyRef(node));
        return key.map(k -> NodeKeyReading.found(node, "entered by hand", k, null)).orElseGet(() -> NodeKeyReading.manual(node));
    }

    private NodeKeyReading readDocker(ClusterNode node) {
        if (node.getEnvFile() == null) {
            return NodeKeyReading.unreadable(node, "(no env file)", "No env or compose file is set for this Docker node.",
                    "Point the node's env file setting at the env or compose file that configures its container.");
        }
        try {
            DockerNodeConfig config = DockerNodeConfig.read(node.getEnvFile(), product);
            return config.encryptionKey()
                    .map(key -> judged(node, config.keyFrom(), key, null))
                    .orElseGet(() -> NodeKeyReading.none(node, config.source(), null)).noting(config.notes());
        } catch (NodeAccessException e) {
            return NodeKeyReading.unreadable(node, node.getEnvFile(), e.getMessage(), e.remedy());
        }
    }

    private NodeKeyReading readConfigFile(ClusterNode node) {
        String fileName = ConfigLocation.of(node, product).fileName();
        String where = org.clusterwright.nodes.NodeConfigFolders.describe(node, product);
        try (ConfigFolder folder = folders.open(node, product)) {
            where = folder.describe(fileName);
            InedoAppConfig config = InedoAppConfig.parse(folder.read(fileName), where);
            Optional<Secret> key = config.encryptionKey();
            NodeKeyReading reading = key.isPresent() ? judged(node, where, key.get(), config)
                    : NodeKeyReading.none(node, where, config);
            try {
                folder.checkWritable(fileName);
                return reading;
            } catch (NodeAccessException e) {
                // readable but not replaceable: found now, while planning, rather than halfway through an apply
                return reading.notWritable(e.getMessage() + " " + e.remedy());
            }
        } catch (NodeAccessException e) {
            return NodeKeyReading.unreadable(node, where, e.getMessage(), e.remedy());
        }
    }

    /** What a node holds, judged by the rule a typed key meets: a value that is not a key is never fingerprinted. */
    private static NodeKeyReading judged(ClusterNode node, String where, Secret held, InedoAppConfig config) {
        return EncryptionKeys.notAKey(held.reveal()).map(why -> NodeKeyReading.invalid(node, where, why, config))
                .orElseGet(() -> NodeKeyReading.found(node, where, held, config));
    }
}
