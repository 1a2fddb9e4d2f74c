package org.clusterwright.keys;

import org.clusterwright.nodes.NodeConfigFolders;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.secrets.InMemorySecretStore;
import org.clusterwright.secrets.Secret;
import org.clusterwright.testing.SambaServer;
import org.clusterwright.testing.SambaShare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Three simulated Windows nodes, each a private smbd serving its own {@code C$} (and a read-only {@code RO$} over
 * the same folder), with ProGet.config files modelled on Inedo's documented examples.
 */
public final class SambaCluster implements AutoCloseable {
    public static final String KEY_A = "1fa97faa42744155a879c056a70c11a7";
    public static final String KEY_B = "37D27A670394F7D82CE57F1F07D69747";
    public static final String SQL_PASSWORD = "Sql-Pa55word-Node1";
    public static final String PG_PASSWORD = "Pg-Pa55word-Node3";
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    static final String NODE_1 = String.join("\r\n",
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
            "<!-- ProGet shared configuration; edited by hand 2024-05-01 -->",
            "<InedoAppConfig>",
            "  <ConnectionString>Data Source=inedo-sql; Initial Catalog=ProGet; User ID=sa; Password=" + SQL_PASSWORD + "</ConnectionString>",
            "  <PostgresConnectionString></PostgresConnectionString>",
            "  <EncryptionKey>" + KEY_A + "</EncryptionKey>",
            "  <WebServer Enabled=\"true\" Urls=\"https://*:8625;http://*:8624\" CertFile=\"C:\\ProgramData\\Inedo\\ProGetCertificate.pfx\" Password=\"cert-pass\" />",
            "</InedoAppConfig>", "");
    static final String NODE_2 = """
            <?xml version="1.0" encoding="utf-8"?>
            <InedoAppConfig>
              <ConnectionString>server=localhost;database=proget;integrated security=sspi;</ConnectionString>
              <EncryptionKey>%s</EncryptionKey>
              <WebServer Urls="http://*:8624" />
            </InedoAppConfig>
            """.formatted(KEY_B);
    static final String NODE_3 = String.join("\r\n",
            "<InedoAppConfig>",
            "\t<!-- InedoDB since 2025 -->",
            "\t<PostgresConnectionString>Server=inedodb;Port=5432;Database=proget;User Id=proget;Password=" + PG_PASSWORD + ";</PostgresConnectionString>",
            "\t<WebServer Enabled=\"true\" Urls=\"http://*:8624\" EnableRequestLogging=\"true\" RequestLoggingDirectory=\"C:\\ProgramData\\ProGet\\Logs\" />",
            "</InedoAppConfig>", "");

    public final List<SambaServer> servers = new ArrayList<>();
    public final List<Path> folders = new ArrayList<>();
    public final InMemorySecretStore secrets = new InMemorySecretStore();
    public final Profile profile = new Profile();

    public static SambaCluster start(Path dir) throws Exception {
        SambaCluster cluster = new SambaCluster();
        try {
            for (int i = 1; i <= 3; i++) {
                Path c = Files.createDirectories(dir.resolve("node-" + i + "/c"));
                cluster.folders.add(Files.createDirectories(c.resolve("ProgramData/Inedo/SharedConfig")));
                cluster.servers.add(SambaServer.builder(dir.resolve("node-" + i))
                        .share("C$", c).share(SambaShare.of("RO$", c).asReadOnly())
                        .user("cwadmin", "Smb-Pa55-" + i + "-" + Long.toHexString(System.nanoTime()))
                        .start());
            }
        } catch (Exception | Error e) {
            cluster.close();
            throw e;
        }
        cluster.profile.setName("Samba test cluster");
        cluster.profile.setProduct(Product.PROGET);
        cluster.reset();
        return cluster;
    }

    /** Fresh config files and nodes, as at the start of every test. */
    public void reset() throws IOException {
        List<ClusterNode> nodes = new ArrayList<>();
        String[] contents = {NODE_1, NODE_2, NODE_3};
        for (int i = 0; i < 3; i++) {
            try (Stream<Path> files = Files.list(folders.get(i))) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.write(config(i), i == 1 ? contents[i].getBytes(StandardCharsets.UTF_8) : withBom(contents[i]));
            SambaServer server = servers.get(i);
            ClusterNode node = new ClusterNode("node-" + (i + 1), server.host(), NodeAccess.WINDOWS_SMB,
                    "http://127.0.0.1:8624/");
            node.setSmbPort(server.port());
            node.setAccessUser(server.user());
            secrets.put(profile.getId(), NodeConfigFolders.passwordRef(node), Secret.of(server.password()));
            nodes.add(node);
        }
        profile.setNodes(nodes);
    }

    /** Node 3 with node 1's key: two nodes agree, node 2 is the odd one. */
    static final String NODE_3_WITH_KEY_A = NODE_3.replace(";</PostgresConnectionString>",
            ";</PostgresConnectionString>\r\n\t<EncryptionKey>" + KEY_A + "</EncryptionKey>");

    public void twoMatchingOneDifferent() throws IOException {
        Files.write(config(2), withBom(NODE_3_WITH_KEY_A));
    }

    public Path config(int index) {
        return folders.get(index).resolve("ProGet.config");
    }

    public ClusterNode node(int index) {
        return profile.getNodes().get(index);
    }

    static byte[] withBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(body, 0, all, BOM.length, body.length);
        return all;
    }

    /** Every file of every node's share with its bytes, to prove that nothing was written. */
    public Map<String, String> snapshot() throws IOException {
        Map<String, String> all = new TreeMap<>();
        for (Path folder : folders) {
            Path share = folder.getParent().getParent().getParent();
            try (Stream<Path> files = Files.walk(share)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    all.put(share.relativize(file).toString() + "@" + folder, java.util.HexFormat.of()
                            .formatHex(Files.readAllBytes(file)));
                }
            }
        }
        return all;
    }

    @Override
    public void close() {
        servers.forEach(SambaServer::close);
    }
}
