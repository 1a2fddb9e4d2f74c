package org.clusterwright.cli;

import org.clusterwright.database.tds.KerberosAcceptor;
import org.clusterwright.database.tds.TdsResponder;
import org.clusterwright.database.tds.WindowsLogins;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.DatabaseKind;
import org.clusterwright.profile.DomainAuth;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.ProfileStore;
import org.clusterwright.profile.VersionLine;
import org.clusterwright.testing.DomainController;
import org.clusterwright.testing.TestDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line on the test domain: {@code check} proves an Integrated Security connection string as the
 * service account named in the profile and probes the storage share with Kerberos; {@code keys apply} reads and
 * writes the nodes' config files over Kerberos. Passwords come from the environment and show nowhere.
 */
@Timeout(120)
@ExtendWith(TestDomain.class)
class CommandsOnTheTestDomainTest {
    @TempDir
    Path folder;

    @Test
    void checkLogsInAsTheServiceAccountWithKerberosAndNamesTheSpn(DomainController dc) throws Exception {
        int port = TdsResponder.unusedPort();
        String spn = dc.registerSqlServer("127.0.0.1", port);
        Path keytab = dc.exportKeytab(dc.sqlServerAccount());
        WindowsLogins logins = WindowsLogins.of(DomainController.NETBIOS_DOMAIN, "cw.test")
                .kerberos(KerberosAcceptor.Keys.fromKeytab(keytab.toFile(), dc.sqlServerAccount().principal(),
                        spn + "@" + DomainController.REALM));
        try (TdsResponder server = TdsResponder.builder().port(port).database("ProGet").windowsLogins(logins).start()) {
            Profile profile = new Profile();
            profile.setName("integrated");
            profile.setProduct(Product.PROGET);
            profile.setVersionLine(VersionLine.V2025_AND_NEWER);
            profile.getDatabase().setKind(DatabaseKind.SQL_SERVER);
            profile.getDatabase().setConnectionString("Server=127.0.0.1," + port
                    + ";Database=ProGet;Integrated Security=True;Encrypt=False");
            profile.getDatabase().setServiceAccount(dc.serviceAccount().downLevel());
            Path file = folder.resolve("cluster.json");
            new ProfileStore().save(profile, file);

            String password = dc.serviceAccount().password();
            StringWriter out = new StringWriter();
            int code = CommandLineApp.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                    Map.of(CommandSecrets.SERVICE_ACCOUNT_PASSWORD, password, "CLUSTERWRIGHT_KEYRING", "off")::get,
                    "check", "--profile", file.toString(), "--step", "database", "--timeout", "15");

            assertThat(out.toString()).containsPattern("PASS\\s+db\\.login\\s+database\\s+Logged in as the service"
                    + " account CW\\\\svc-proget with Kerberos \\(SPN " + spn.replace(".", "\\.") + "\\)");
            assertThat(out.toString()).doesNotContain(password);
            assertThat(Files.readString(file)).contains("\"serviceAccount\" : \"CW\\\\svc-proget\"")
                    .doesNotContain(password);
            assertThat(server.logins()).singleElement().satisfies(login ->
                    assertThat(login.windowsIdentity()).isEqualTo("CW\\svc-proget"));
            // the profile lists no nodes and the responder answers no probe queries, so the run as a whole fails
            assertThat(code).as(out.toString()).isEqualTo(2);
        }
    }

    @Test
    void checkProbesTheStorageAndKeysApplyWritesNodeConfigsWithKerberos(DomainController dc) throws Exception {
        String keyOne = "00112233445566778899aabbccddeeff";
        String keyTwo = "ffeeddccbbaa99887766554433221100";
        for (String node : List.of("n1", "n2")) {
            Path config = Files.createDirectories(dc.shareFolder().resolve(node + "/SharedConfig"));
            config.toFile().setWritable(true, false);
            Files.writeString(config.resolve("ProGet.config"), "<InedoAppConfig><ConnectionString>Server=sql1;"
                    + "Database=ProGet</ConnectionString><EncryptionKey>" + (node.equals("n1") ? keyOne : keyTwo)
                    + "</EncryptionKey></InedoAppConfig>");
            // the service account may modify the files, as an administrator of the node may
            config.resolve("ProGet.config").toFile().setWritable(true, false);
        }
        Files.createDirectories(dc.shareFolder().resolve("store")).toFile().setWritable(true, false);
        Profile profile = new Profile();
        profile.setName("domain");
        profile.setProduct(Product.PROGET);
        profile.setVersionLine(VersionLine.V2025_AND_NEWER);
        List<ClusterNode> nodes = new ArrayList<>();
        for (String name : List.of("n1", "n2")) {
            ClusterNode node = new ClusterNode(name, dc.address(), NodeAccess.WINDOWS_SMB, null);
            node.setConfigShare(DomainController.SHARE);
            node.setConfigPath(name + "\\SharedConfig");
            node.setAccessUser(dc.serviceAccount().downLevel());
            node.setAccessAuth(DomainAuth.KERBEROS);
            nodes.add(node);
        }
        profile.setNodes(nodes);
        profile.getStorage().setPath("\\\\" + dc.address() + "\\" + DomainController.SHARE + "\\store");
        profile.getStorage().setAccount(dc.serviceAccount().principal());
        profile.getStorage().setProbeSizeMiB(1);
        Path file = folder.resolve("domain.json");
        new ProfileStore().save(profile, file);
        String password = dc.serviceAccount().password();
        Map<String, String> environment = Map.of("CLUSTERWRIGHT_STORAGE_PASSWORD", password,
                "CLUSTERWRIGHT_NODE_PASSWORD", password, "CLUSTERWRIGHT_KEYRING", "off");

        StringWriter checked = new StringWriter();
        CommandLineApp.execute(new PrintWriter(checked, true), new PrintWriter(new StringWriter(), true),
                environment::get, "check", "--profile", file.toString(), "--step", "storage,key", "--timeout", "15");
        StringWriter applied = new StringWriter();
        int applyCode = CommandLineApp.execute(new PrintWriter(applied, true), new PrintWriter(applied, true),
                environment::get, "keys", "apply", "--profile", file.toString(), "--adopt-from", "n1",
                "--installation", "none", "--keep-connection-strings", "--yes");

        assertThat(checked.toString()).containsPattern("PASS\\s+storage\\.login\\s+storage\\s+Logged in as the service"
                + " account svc-proget@CW\\.TEST \\(Kerberos\\)");
        assertThat(checked.toString()).containsPattern("PASS\\s+storage\\.write");
        assertThat(checked.toString()).containsPattern("PASS\\s+key\\.read\\s+n1");
        assertThat(applyCode).as(applied.toString()).isZero();
        assertThat(Files.readString(dc.shareFolder().resolve("n2/SharedConfig/ProGet.config"))).contains(keyOne)
                .doesNotContain(keyTwo);
        assertThat(checked.toString() + applied).doesNotContain(password);
    }
}
