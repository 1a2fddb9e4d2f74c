package org.clusterwright.lab;

import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.DatabaseKind;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.profile.VersionLine;

import java.util.List;

/**
 * The profile of a running lab, filled in as an administrator would after step 1: the three nodes reached through
 * their local SharedConfig folders, the lab database's connection string (its password only as a reference), and
 * the lab's storage folder, and the lab's load balancer. The key fingerprint is left for the wizard's key step.
 */
final class LabProfile {
    static final String NAME = "Demo lab";

    private LabProfile() {
    }

    static Profile create(LabFolder folder, List<LabNode> nodes, String balancerUrl, int databasePort) {
        Profile profile = new Profile();
        profile.setName(NAME);
        profile.setProduct(Product.PROGET);
        profile.setVersionLine(VersionLine.V2025_AND_NEWER);
        profile.setNodes(nodes.stream().map(node -> node(folder, node)).toList());
        profile.getDatabase().setKind(DatabaseKind.POSTGRESQL);
        profile.getDatabase().setConnectionString(connectionString(databasePort));
        profile.getDatabase().setPassword(SecretRef.DATABASE_PASSWORD);
        profile.getStorage().setPath(folder.storage().toString());
        profile.getEncryptionKey().setKey(SecretRef.ENCRYPTION_KEY);
        profile.getLoadBalancer().setUrl(balancerUrl);
        return profile;
    }

    /** The shared connection string without its password, as the profile keeps it. */
    static String connectionString(int databasePort) {
        return "Host=127.0.0.1;Port=" + databasePort + ";Database=" + LabDatabase.DATABASE + ";Username="
                + LabDatabase.OWNER;
    }

    private static ClusterNode node(LabFolder folder, LabNode node) {
        // a Windows node whose SharedConfig folder is on this machine: the local folder is used instead of SMB
        ClusterNode member = new ClusterNode(node.name(), node.host(), NodeAccess.WINDOWS_SMB, node.baseUrl());
        member.setLocalConfigFolder(folder.nodeConfigFolder(node.name()).toString());
        return member;
    }
}
