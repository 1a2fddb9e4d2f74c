package org.clusterwright.cluster.lb;

import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;

import java.util.ArrayList;
import java.util.List;

/** Profiles for the balancer tests: named nodes at given base URLs, some drained. */
public final class LbProfiles {
    private LbProfiles() {
    }

    public static Profile of(String balancerUrl, String... nameAndBaseUrl) {
        Profile profile = new Profile();
        profile.setName("Build Feeds");
        profile.setProduct(Product.PROGET);
        profile.getLoadBalancer().setUrl(balancerUrl);
        List<ClusterNode> nodes = new ArrayList<>();
        for (int i = 0; i < nameAndBaseUrl.length; i += 2) {
            nodes.add(new ClusterNode(nameAndBaseUrl[i], "127.0.0.1", NodeAccess.MANUAL, nameAndBaseUrl[i + 1]));
        }
        profile.setNodes(nodes);
        return profile;
    }

    public static void drain(Profile profile, String name) {
        profile.getNodes().stream().filter(n -> n.getName().equals(name)).forEach(n -> n.setHaEnabled(false));
    }
}
