package org.clusterwright.storage.apply;

import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;

import java.net.URI;
import java.util.Optional;

/**
 * What step 3 changes in the product: ProGet's storage path, set through its settings API on one address (the
 * setting lives in the shared database, so one node is enough); BuildMaster's by hand; Otter's not at all.
 */
public record StorageChange(Product product, String path, Optional<URI> address) {

    public static StorageChange of(Profile profile) {
        String path = profile.getStorage().getPath();
        return new StorageChange(profile.getProduct(), path == null ? "" : path.strip(), address(profile));
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

    /** True when Clusterwright sets the path itself (ProGet); otherwise the checklist says what to do by hand. */
    public boolean throughApi() {
        return product.storage().throughApi();
    }

    /** Why the change cannot be made through the API now, or empty when it can (given an API key). */
    public Optional<String> blocker() {
        return switch (product.storage().pathSetting()) {
            case NONE -> Optional.of(product.displayName() + " keeps nothing on shared storage.");
            case BY_HAND -> Optional.of(product.displayName() + " documents no settings API for its storage path: set"
                    + " it by hand.");
            case SETTINGS_API -> apiBlocker();
        };
    }

    private Optional<String> apiBlocker() {
        if (path.isEmpty()) {
            return Optional.of("The profile has no shared storage path.");
        }
        if (address.isEmpty()) {
            return Optional.of("No address to reach ProGet: give a node's base URL or the load balancer's URL.");
        }
        return Optional.empty();
    }

    /** One line for a plan: what would be set where. */
    public String describe() {
        return blocker().orElse("Set " + ProGetStorageApplier.SETTING + " to " + path + " through " + address.get()
                + ", then read it back and list the feeds whose own disk path is not on the shared storage.");
    }
}
