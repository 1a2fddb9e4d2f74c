package org.clusterwright.nodes;

import org.clusterwright.nodes.NodeAccessException.Problem;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.remote.Credentials;
import org.clusterwright.secrets.Secret;
import org.clusterwright.secrets.SecretStore;
import org.clusterwright.remote.OsSmbClient;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The real way to a node's config folder: its local folder when the profile names one, otherwise SMB with the
 * node's user and the password kept for it in the secret store.
 */
public final class NodeConfigFolders implements ConfigFolderOpener {
    /** What a node's SMB password is called in the secret store when the profile names no reference. */
    public static final String PASSWORD = "password";

    private final String profileId;
    private final SecretStore secrets;
    private final Duration timeout;
    private final OsSmbClient osClient;

    public NodeConfigFolders(String profileId, SecretStore secrets, Duration timeout) {
        this(profileId, secrets, timeout, OsSmbClient.forThisMachine());
    }

    /** @param osClient the OS's own SMB client, used as the logged-on user when no password is given */
    public NodeConfigFolders(String profileId, SecretStore secrets, Duration timeout, OsSmbClient osClient) {
        this.profileId = Objects.requireNonNull(profileId, "profileId");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.osClient = Objects.requireNonNull(osClient, "osClient");
    }

    /** The secret reference under which a node's SMB password is kept. */
    public static SecretRef passwordRef(ClusterNode node) {
        return node.getAccessPassword() != null ? node.getAccessPassword()
                : SecretRef.forNode(node.getName() == null ? String.valueOf(node.getHost()) : node.getName(), PASSWORD);
    }

    @Override
    public ConfigFolder open(ClusterNode node, Product product) throws NodeAccessException {
        ConfigLocation location = ConfigLocation.of(node, product);
        if (location.isLocal()) {
            return new LocalConfigFolder(location.localFolder());
        }
        if (node.getAccess() != NodeAccess.WINDOWS_SMB) {
            throw new NodeAccessException(Problem.NOT_SUPPORTED, "Node " + node.getName() + " is a "
                    + node.getAccess().displayName() + " node; its config is not a file reached over SMB.",
                    "Docker/Linux nodes are configured by their env file; manual nodes by the checklist.");
        }
        if (node.getHost() == null || node.getHost().isBlank()) {
            throw new NodeAccessException(Problem.MISSING_CREDENTIALS, "Node " + node.getName() + " has no host name.",
                    "Enter the node's host name in the profile.");
        }
        String user = node.getAccessUser();
        Optional<Secret> password = secrets.get(profileId, passwordRef(node));
        if (password.isEmpty() && location.port() == ConfigLocation.SMB_PORT) {
            // no password: Windows' own client, as the user logged on here, which is what an administrator expects
            Optional<Path> folder = osClient.folder(location.host(), location.share(), location.folder());
            if (folder.isPresent()) {
                return new LocalConfigFolder(folder.get());
            }
        }
        if (user == null || user.isBlank()) {
            throw new NodeAccessException(Problem.MISSING_CREDENTIALS, "No user is set to reach " + node.getHost()
                    + " over SMB.", "Enter an administrator of that server as the node's access user.");
        }
        Secret given = password.orElseThrow(() -> new NodeAccessException(
                Problem.MISSING_CREDENTIALS, "No password is known for '" + user + "' on " + node.getHost() + ".",
                "Enter the password in the wizard, or give it with CLUSTERWRIGHT_NODE_PASSWORD or --password-file."));
        return SmbConfigFolder.open(location, Credentials.of(user, given).with(node.getAccessAuth()), timeout);
    }

    /** Where the node's config file is, for messages: a UNC path or a local path. */
    public static String describe(ClusterNode node, Product product) {
        ConfigLocation location = ConfigLocation.of(node, product);
        return location.isLocal() ? Path.of(location.localFolder().toString(), location.fileName()).toString()
                : location.describe();
    }
}
