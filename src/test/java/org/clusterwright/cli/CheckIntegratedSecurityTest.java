package org.clusterwright.cli;

import org.clusterwright.database.tds.KerberosAcceptor;
import org.clusterwright.database.tds.TdsResponder;
import org.clusterwright.database.tds.WindowsLogins;
import org.clusterwright.profile.DatabaseKind;
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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code clusterwright check} on the test domain proves an Integrated Security connection string as the service
 * account named in the profile, its password taken from the environment and kept out of the profile and output.
 */
@Timeout(120)
@ExtendWith(TestDomain.class)
class CheckIntegratedSecurityTest {
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
            assertThat(Files.readString(file)).contains("\"serviceAccount\" : \"CW\\\\svc-proget\"").doesNotContain(password);
            assertThat(server.logins()).singleElement().satisfies(login ->
                    assertThat(login.windowsIdentity()).isEqualTo("CW\\svc-proget"));
            // the profile lists no nodes and the responder answers no probe queries, so the run as a whole fails
            assertThat(code).as(out.toString()).isEqualTo(2);
        }
    }
}
