package org.clusterwright.lab;

import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.SecretRef;

import java.util.List;

/**
 * The profile of a running lab, filled in as an administrator would after step 1: the lab's product and release line
 * (and the web hosting its guide assumes), the nodes reached through their local SharedConfig folders or their compose
 * files, the lab database's connection string (its password only as a reference), the lab's storage folder, and the
 * lab's load balancer. The key fingerprint is left for the wizard's key step.
 */
final class LabProfile {
    static final String NAME = "Demo lab";

    private LabProfile() {
    }

    static Profile create(LabFolder folder, List<LabNode> nodes, String balancerUrl, LabBackend database,
                          LabOptions options) {
        Profile profile = new Profile();
        profile.setName(NAME);
        profile.setProduct(options.product());
        profile.setVersionLine(options.line());
        profile.setNodes(nodes.stream().map(node -> node(folder, node, options)).toList());
        profile.getDatabase().setKind(database.kind());
        profile.getDatabase().setConnectionString(database.connectionString());
        profile.getDatabase().setPassword(SecretRef.DATABASE_PASSWORD);
        if (options.product().storage().shared()) {
            profile.getStorage().setPath(folder.storage().toString());
        }
        profile.getEncryptionKey().setKey(SecretRef.ENCRYPTION_KEY);
        profile.getLoadBalancer().setUrl(balancerUrl);
        return profile;
    }

    /** The shared connection string without its password, as the profile keeps it. */
    static String connectionString(int databasePort) {
        return "Host=127.0.0.1;Port=" + databasePort + ";Database=" + LabDatabase.DATABASE + ";Username="
                + LabDatabase.OWNER;
    }

    private static ClusterNode node(LabFolder folder, LabNode node, LabOptions options) {
        return switch (options.nodes()) {
            case WINDOWS -> {
                // a Windows node whose SharedConfig folder is on this machine: the local folder is used instead of SMB
                ClusterNode member = new ClusterNode(node.name(), node.host(), NodeAccess.WINDOWS_SMB, node.baseUrl());
                member.setLocalConfigFolder(folder.nodeConfigFolder(node.name()).toString());
                yield member;
            }
            case DOCKER -> {
                // a Docker host: its compose file (with the env file beside it) configures the container
                ClusterNode member = new ClusterNode(node.name(), node.host(), NodeAccess.DOCKER, node.baseUrl());
                member.setEnvFile(node.configFile().toString());
                yield member;
            }
        };
    }
}
