package org.clusterwright.cli;

import org.clusterwright.database.tds.TdsResponder;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.ProfileStore;
import org.clusterwright.testing.FakeProGet;
import org.clusterwright.testing.LocalConfigNodes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A ProGet cluster the key and storage commands can write to on this machine: three nodes a, b and c whose
 * ProGet.config lies in local folders (c with another key than a and b), a database answering as SQL Server, a
 * loopback server answering as ProGet's settings API, a local folder as the shared storage, and the profile saved as
 * {@code cluster.json}.
 */
record LocalCluster(Path profile, FakeProGet proget, TdsResponder database, String share) implements AutoCloseable {

    static LocalCluster start(Path dir, String name, String apiKey, String dbPassword, String key, String otherKey)
            throws Exception {
        return start(dir, name, apiKey, dbPassword, key, otherKey, profile -> {
        });
    }

    /** The same, with {@code adjust} applied to the profile before it is saved. */
    static LocalCluster start(Path dir, String name, String apiKey, String dbPassword, String key, String otherKey,
                              Consumer<Profile> adjust) throws Exception {
        FakeProGet proget = FakeProGet.start(apiKey);
        TdsResponder database = TdsResponder.builder().login("proget", dbPassword).database("ProGet").start();
        Profile cluster = new Profile();
        cluster.setName(name);
        cluster.setProduct(Product.PROGET);
        String share = Files.createDirectories(dir.resolve("packages")).toString();
        cluster.getStorage().setPath(share);
        cluster.getDatabase().setConnectionString("Data Source=127.0.0.1," + database.port() + "; Initial Catalog=ProGet;"
                + " User ID=proget; Encrypt=False; Connect Timeout=5");
        List<ClusterNode> nodes = new ArrayList<>();
        for (String node : List.of("a", "b", "c")) {
            nodes.add(LocalConfigNodes.node(dir, node, node.equals("c") ? otherKey : key, proget.base().toString()));
        }
        cluster.setNodes(nodes);
        adjust.accept(cluster);
        Path profile = dir.resolve("cluster.json");
        new ProfileStore().save(cluster, profile);
        return new LocalCluster(profile, proget, database, share);
    }

    @Override
    public void close() {
        proget.close();
        database.close();
    }
}
