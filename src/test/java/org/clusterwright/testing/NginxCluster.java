package org.clusterwright.testing;

import org.clusterwright.cluster.lb.LbConfigKind;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.testing.SimulatedNode.Format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A simulated three-node ProGet 2025 cluster (a, b, c) behind a real nginx started with the generated config. Each
 * node's ProGet.config lies in a local folder the key step reads, all with {@link #KEY} until a test changes one.
 */
public final class NginxCluster implements AutoCloseable {
    public static final String KEY = "5d0c7e1f2a3b4c5d6e7f8091a2b3c4d5";
    public static final String VERSION = "25.0.14";

    private final Path dir;
    private final List<SimulatedNode> nodes;
    private final int balancerPort;
    private final NginxServer nginx;

    private NginxCluster(Path dir, List<SimulatedNode> nodes, int balancerPort, NginxServer nginx) {
        this.dir = dir;
        this.nodes = nodes;
        this.balancerPort = balancerPort;
        this.nginx = nginx;
    }

    public static NginxCluster start(Path dir) throws IOException, InterruptedException {
        List<SimulatedNode> nodes = new ArrayList<>();
        for (String name : List.of("a", "b", "c")) {
            nodes.add(new SimulatedNode(name, Format.PROGET_2025));
            writeKey(dir, name, KEY);
        }
        int port = NginxServer.freePort();
        NginxServer nginx = NginxServer.start(Files.createDirectories(dir.resolve("nginx")),
                LbConfigKind.NGINX.generate(profile(dir, nodes, port)), port);
        return new NginxCluster(dir, nodes, port, nginx);
    }

    /** A new profile of the cluster, as an administrator would have filled it in. */
    public Profile profile() {
        return profile(dir, nodes, balancerPort);
    }

    /** The node called {@code name}: a, b or c. */
    public SimulatedNode node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }

    /** Writes {@code key} as the EncryptionKey of node {@code name}'s ProGet.config. */
    public void writeKey(String name, String key) throws IOException {
        writeKey(dir, name, key);
    }

    /** Every node healthy, on {@link #VERSION}, with {@link #KEY}, as {@link #start} left them. */
    public void heal() throws IOException {
        for (SimulatedNode node : nodes) {
            node.serviceDown(false).version(VERSION);
            writeKey(node.name(), KEY);
        }
    }

    public String errorLog() {
        return nginx.errorLog();
    }

    @Override
    public void close() throws Exception {
        nginx.close();
        nodes.forEach(SimulatedNode::close);
    }

    private static Profile profile(Path dir, List<SimulatedNode> nodes, int balancerPort) {
        Profile profile = new Profile();
        profile.setName("Build Feeds");
        profile.setProduct(Product.PROGET);
        profile.getLoadBalancer().setUrl("http://127.0.0.1:" + balancerPort + "/");
        List<ClusterNode> clusterNodes = new ArrayList<>();
        for (SimulatedNode node : nodes) {
            ClusterNode clusterNode = new ClusterNode(node.name(), "127.0.0.1", NodeAccess.WINDOWS_SMB, node.baseUrl());
            clusterNode.setLocalConfigFolder(configFolder(dir, node.name()).toString());
            clusterNodes.add(clusterNode);
        }
        profile.setNodes(clusterNodes);
        return profile;
    }

    private static Path configFolder(Path dir, String node) {
        return dir.resolve("config-" + node);
    }

    private static void writeKey(Path dir, String node, String key) throws IOException {
        Path folder = Files.createDirectories(configFolder(dir, node));
        Files.writeString(folder.resolve("ProGet.config"), "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<InedoAppConfig>\n"
                + "  <ConnectionString>Data Source=127.0.0.1; Initial Catalog=ProGet; User ID=proget</ConnectionString>\n"
                + "  <EncryptionKey>" + key + "</EncryptionKey>\n</InedoAppConfig>\n");
    }
}
