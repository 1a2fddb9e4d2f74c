package org.clusterwright.database;

import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Status;
import org.clusterwright.database.tds.TdsResponder;
import org.clusterwright.profile.DatabaseKind;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.VersionLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** db.browser against a UDP stand-in for the SQL Server Browser, then on to a TDS responder on the port it gave. */
@Timeout(30)
class DbBrowserTest {
    private static final String PASSWORD = "br0wser-Secret";

    @Test
    void aNamedInstanceIsReachedOnThePortTheBrowserGives() throws Exception {
        try (TdsResponder server = TdsResponder.builder().login("proget", PASSWORD).database("ProGet")
                .queryHandler(new SqlServerAnswers().handler("ProGetUser_Role")).start();
             SqlBrowserResponder browser = new SqlBrowserResponder("INEDO",
                     SqlBrowserResponder.entryFor("INEDO", server.port()))) {

            Map<String, CheckResult> results = run(browser, Duration.ofSeconds(5));

            assertThat(results.keySet()).startsWith("db.parse", "db.resolve", "db.browser", "db.tcp", "db.tls");
            CheckResult found = results.get("db.browser");
            assertThat(found.status()).isEqualTo(Status.PASS);
            assertThat(found.summary()).isEqualTo("The SQL Browser says instance INEDO listens on TCP port "
                    + server.port() + ".");
            assertThat(found.evidence()).containsEntry("tcpPort", String.valueOf(server.port()))
                    .containsEntry("version", "16.0.1000.6");
            assertThat(results.get("db.tcp").evidence()).containsEntry("open", "127.0.0.1:" + server.port());
            assertThat(results.get("db.database").status()).isEqualTo(Status.PASS);
            assertThat(server.logins()).hasSize(1);
            byte[] request = browser.requests().get(0);
            assertThat(request).startsWith(0x04).endsWith(0x00);
            assertThat(new String(request, 1, request.length - 2, StandardCharsets.US_ASCII)).isEqualTo("INEDO");
        }
    }

    @Test
    void aSilentBrowserFailsWithinTheDeadlineAndSaysWhatToDo() throws Exception {
        try (SqlBrowserResponder browser = new SqlBrowserResponder("OTHER", SqlBrowserResponder.entryFor("OTHER", 1))) {
            Duration deadline = Duration.ofSeconds(2);
            long started = System.nanoTime();
            Map<String, CheckResult> results = run(browser, deadline);
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            CheckResult silent = results.get("db.browser");
            assertThat(silent.status()).isEqualTo(Status.FAIL);
            assertThat(silent.summary()).contains("did not answer for instance INEDO");
            assertThat(silent.remedy()).contains("Start the SQL Server Browser").contains("UDP 1434")
                    .contains("give the instance's static port in the Data Source");
            assertThat(browser.requests()).as("asked again once, as UDP may lose one").hasSize(2);
            List.of("db.tcp", "db.tls", "db.login", "db.availability")
                    .forEach(id -> assertThat(results.get(id).status()).as(id).isEqualTo(Status.SKIP));
            // asking twice must share one deadline: two full deadlines would be 4 s; a loaded machine adds the slack
            assertThat(took).isLessThan(deadline.plusMillis(1500));
        }
    }

    @Test
    void anInstanceWithoutTcpFails() throws Exception {
        try (SqlBrowserResponder browser = new SqlBrowserResponder("INEDO", SqlBrowserResponder.entryFor("INEDO", null))) {
            CheckResult noTcp = run(browser, Duration.ofSeconds(2)).get("db.browser");
            assertThat(noTcp.status()).isEqualTo(Status.FAIL);
            assertThat(noTcp.summary()).contains("lists no TCP port");
            assertThat(noTcp.remedy()).contains("Enable the TCP/IP protocol");
        }
    }

    @Test
    void answersAreParsedAsNameValuePairs() {
        byte[] text = "ServerName;SQL01;InstanceName;INEDO;IsClustered;No;Version;15.0.2000.5;tcp;49712;;"
                .getBytes(StandardCharsets.US_ASCII);
        byte[] packet = new byte[text.length + 3];
        packet[0] = 0x05;
        packet[1] = (byte) text.length;
        System.arraycopy(text, 0, packet, 3, text.length);

        SqlBrowser.Answer answer = SqlBrowser.parse(packet, packet.length).orElseThrow();

        assertThat(answer.tcpPort()).hasValue(49712);
        assertThat(answer.get("instancename")).isEqualTo("INEDO");
        assertThat(SqlBrowser.parse(new byte[] {0x05, 0, 0}, 3)).isEmpty();
        assertThat(SqlBrowser.parse(new byte[] {0x07, 1, 0, 'x'}, 4)).isEmpty();
    }

    private static Map<String, CheckResult> run(SqlBrowserResponder browser, Duration deadline) throws Exception {
        Profile profile = ProbeRun.profile(DatabaseKind.SQL_SERVER, "Data Source=127.0.0.1\\INEDO;Initial Catalog=ProGet;"
                + "User ID=proget;Encrypt=False", Product.PROGET, VersionLine.V2025_AND_NEWER);
        return ProbeRun.run(profile, PASSWORD, ProbeOptions.defaults().withBrowserPort(browser.port()), deadline);
    }
}
