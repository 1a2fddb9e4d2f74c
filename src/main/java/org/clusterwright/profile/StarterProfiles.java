package org.clusterwright.profile;

import java.util.ArrayList;
import java.util.List;

/** A profile to start from: the product's defaults and placeholders for three nodes, no secrets. */
public final class StarterProfiles {
    private StarterProfiles() {
    }

    public static Profile create(Product product, String name) {
        Profile profile = new Profile();
        profile.setName(name == null || name.isBlank() ? product.displayName() + " cluster" : name);
        profile.setProduct(product);
        VersionLine newest = VersionLine.V2025_AND_NEWER;
        profile.setVersionLine(newest);
        List<ClusterNode> nodes = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String host = product.id() + "-" + i;
            nodes.add(new ClusterNode(host, host, NodeAccess.WINDOWS_SMB,
                    "http://" + host + ":" + product.defaultPort() + "/"));
        }
        profile.setNodes(nodes);
        profile.getDatabase().setKind(newest.procedure().inedoDb(product) ? DatabaseKind.POSTGRESQL
                : DatabaseKind.SQL_SERVER);
        profile.getDatabase().setPassword(SecretRef.DATABASE_PASSWORD);
        profile.getStorage().setPassword(SecretRef.STORAGE_PASSWORD);
        profile.getEncryptionKey().setKey(SecretRef.ENCRYPTION_KEY);
        return profile;
    }
}
