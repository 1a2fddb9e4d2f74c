package org.clusterwright.cluster;

import org.clusterwright.check.Check;
import org.clusterwright.check.TargetChecks;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeRole;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.secrets.Secret;
import org.clusterwright.storage.apply.StorageChange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Step 4's checks: the messenger port of each service node where the version line uses it, ProGet's Web.BaseUrl
 * against the load balancer where the settings API can read it, and the ticked items.
 */
public final class HaChecks {
    public static final String CLUSTER_TARGET = "cluster";

    private HaChecks() {
    }

    public static List<TargetChecks> forProfile(Profile profile) {
        return forProfile(profile, HaChecklist.MESSENGER_PORT, Optional.empty());
    }

    /** With the ProGet API key, when one is known, so {@code ha.base-url} can read {@code Web.BaseUrl}. */
    public static List<TargetChecks> forProfile(Profile profile, Optional<Secret> apiKey) {
        return forProfile(profile, HaChecklist.MESSENGER_PORT, apiKey);
    }

    /** With another messenger port (the Advanced tab of 2022-2024 let it be changed). */
    public static List<TargetChecks> forProfile(Profile profile, int messengerPort) {
        return forProfile(profile, messengerPort, Optional.empty());
    }

    private static List<TargetChecks> forProfile(Profile profile, int messengerPort, Optional<Secret> apiKey) {
        List<TargetChecks> plan = new ArrayList<>();
        if (profile.getVersionLine().procedure().messenger().opensPort()) {
            for (ClusterNode node : profile.getNodes()) {
                if (node.isHaEnabled() && node.getRoles().contains(NodeRole.SERVICE)) {
                    plan.add(new TargetChecks(node.targetName(), List.of(new MessengerCheck(node, messengerPort))));
                }
            }
        }
        List<Check> cluster = new ArrayList<>();
        String balancer = profile.getLoadBalancer().getUrl();
        // without an API key the setting cannot be read: the checklist's web-base-url item asks for it instead
        if (profile.getProduct() == Product.PROGET && balancer != null && !balancer.isBlank() && apiKey.isPresent()
                && profile.getVersionLine().procedure().settingsApi().exists()) {
            cluster.add(new BaseUrlCheck(balancer.strip(), StorageChange.address(profile), apiKey));
        }
        cluster.add(new HaChecklistCheck(new HaChecklist(profile)));
        plan.add(new TargetChecks(CLUSTER_TARGET, cluster));
        return plan;
    }
}
