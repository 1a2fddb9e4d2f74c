package org.clusterwright.storage.apply;

import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeKinds;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.ProductStorage.PathSetting;
import org.clusterwright.profile.Profile;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * What step 3 changes in the product: ProGet's storage path, set through its settings API on one address (the
 * setting lives in the shared database, so one node is enough, and every node reads the same value); BuildMaster's,
 * and ProGet's before its settings API, by hand; Otter's not at all.
 *
 * <p>Because every node reads one value, the value is the path as the nodes see the share: the profile's UNC path for
 * Windows nodes, the image's path ({@code /var/proget/packages}) for container nodes, where each host mounts the share
 * (Content/installation/linux/docker-guide.md, "Supported Volumes"). A cluster of both kinds cannot share one value,
 * and {@link #cannotShare} says so.
 *
 * @param path       the value the product's setting must hold
 * @param probedPath the share as the storage probe reaches it: the profile's storage path
 */
public record StorageChange(Product product, PathSetting setting, String path, String probedPath,
                            Optional<URI> address, Optional<String> cannotShare) {

    public static StorageChange of(Profile profile) {
        Product product = profile.getProduct();
        String shared = profile.getStorage().getPath() == null ? "" : profile.getStorage().getPath().strip();
        List<ClusterNode> nodes = profile.getNodes();
        String value = NodeKinds.containersOnly(nodes) ? product.storage().containerPath() : shared;
        return new StorageChange(product, profile.getVersionLine().storagePath(product), value, shared,
                address(profile), NodeKinds.mixed(nodes) && product.storage().shared() ? Optional.of(mixedCluster(product, shared))
                : Optional.empty());
    }

    /** Where the settings API is reached: the load balancer, else the first node in the cluster with an address. */
    public static Optional<URI> address(Profile profile) {
        String balancer = profile.getLoadBalancer().getUrl();
        if (balancer != null && !balancer.isBlank()) {
            return Optional.of(URI.create(balancer.strip()));
        }
        return profile.getNodes().stream().filter(ClusterNode::isHaEnabled).map(ClusterNode::getBaseUrl)
                .filter(url -> url != null && !url.isBlank()).findFirst().map(url -> URI.create(url.strip()));
    }

    /** True when Clusterwright sets the path itself (ProGet with its settings API); otherwise the checklist says how. */
    public boolean throughApi() {
        return switch (setting) {
            case SETTINGS_API -> true;
            case BY_HAND, NONE -> false;
        };
    }

    /** Why the change cannot be made through the API now, or empty when it can (given an API key). */
    public Optional<String> blocker() {
        if (cannotShare.isPresent()) {
            return cannotShare;
        }
        return switch (setting) {
            case NONE -> Optional.of(product.displayName() + " keeps nothing on shared storage.");
            case BY_HAND -> Optional.of(product.displayName() + " of this release line has no settings API for its"
                    + " storage path: set " + product.storage().setting() + " to " + path + " by hand.");
            case SETTINGS_API -> apiBlocker();
        };
    }

    private Optional<String> apiBlocker() {
        if (probedPath.isEmpty()) {
            return Optional.of("The profile has no shared storage path.");
        }
        if (address.isEmpty()) {
            return Optional.of("No address to reach ProGet: give a node's base URL or the load balancer's URL.");
        }
        return Optional.empty();
    }

    /** True when the nodes see the share at another path than the profile's (containers: the image's path). */
    public boolean seenElsewhere() {
        return !path.equals(probedPath);
    }

    /** One line for a plan: what would be set where. */
    public String describe() {
        String where = seenElsewhere() ? " (the path inside the containers; each host mounts " + probedPath
                + " there)" : "";
        return blocker().orElse("Set " + ProGetStorageApplier.SETTING + " to " + path + where + " through "
                + address.get() + ", then read it back and list the feeds and per-type library paths that are not on"
                + " the shared storage.");
    }

    private static String mixedCluster(Product product, String shared) {
        String setting = product.storage().setting();
        return "This cannot work as one cluster: " + setting + " is one value in the shared database, read by every"
                + " node, but the Windows nodes need the share's UNC path (" + (shared.isEmpty() ? "\\\\server\\share"
                : shared) + ") and the container nodes see it at " + product.storage().containerPath() + ". It works"
                + " only where every node sees the share at one path (a link at C:"
                + product.storage().containerPath().replace('/', '\\') + " to the share on each Windows node, which"
                + " Inedo does not document). Make the nodes all Windows or all containers; Clusterwright sets nothing"
                + " until then.";
    }
}
