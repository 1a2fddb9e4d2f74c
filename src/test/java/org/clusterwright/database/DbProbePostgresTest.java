package org.clusterwright.database;

import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Status;
import org.clusterwright.profile.DatabaseKind;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.VersionLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.clusterwright.database.EmbeddedPostgresServer.OWNER;
import static org.clusterwright.database.EmbeddedPostgresServer.OWNER_PASSWORD;
import static org.clusterwright.database.EmbeddedPostgresServer.READER;
import static org.clusterwright.database.EmbeddedPostgresServer.READER_PASSWORD;

/** The PostgreSQL probe against a real PostgreSQL 17 (see {@link EmbeddedPostgresServer}). */
@Timeout(120)
class DbProbePostgresTest {
    static final Duration DEADLINE = Duration.ofSeconds(10);
    static final List<String> ORDER = List.of("db.parse", "db.resolve", "db.tcp", "db.tls", "db.login",
            "db.database", "db.permissions", "db.installation", "db.version", "db.availability");

    @Test
    void theOwnerOfAnEmptyDatabasePassesAndASingleServerWarns() throws Exception {
        Map<String, CheckResult> results = run("proget", OWNER, OWNER_PASSWORD, "");

        assertThat(ProbeRun.statuses(results)).containsExactly(entry("db.parse", Status.WARN),
                entry("db.resolve", Status.PASS), entry("db.tcp", Status.PASS), entry("db.tls", Status.PASS),
                entry("db.login", Status.PASS), entry("db.database", Status.PASS),
                entry("db.permissions", Status.PASS), entry("db.installation", Status.PASS),
                entry("db.version", Status.PASS), entry("db.availability", Status.WARN));
        assertThat(results.get("db.tls").summary()).contains("encrypted (SSL Mode=Prefer").contains("not checked");
        assertThat(results.get("db.login").evidence()).containsEntry("user", OWNER);
        assertThat(results.get("db.permissions").summary()).isEqualTo(OWNER + " owns the database.");
        assertThat(results.get("db.installation").evidence()).containsEntry("existingInstallation", "false");
        assertThat(results.get("db.version").evidence().get("version")).startsWith("17.");
        assertThat(results.get("db.availability").summary()).contains("single point of failure");
        assertThat(results.get("db.availability").evidence()).containsEntry("replicas", "0");
    }

    @Test
    void aWrongPasswordFailsWith28P01() throws Exception {
        Map<String, CheckResult> results = run("proget", OWNER, "not-the-password", "");

        CheckResult login = results.get("db.login");
        assertThat(login.status()).isEqualTo(Status.FAIL);
        assertThat(login.summary()).contains("refused the password for user " + OWNER + " (28P01, invalid password)");
        assertThat(login.detail()).contains("password authentication failed");
        ORDER.subList(5, ORDER.size()).forEach(id -> assertThat(results.get(id).status()).as(id).isEqualTo(Status.SKIP));
    }

    @Test
    void aMissingDatabaseFailsWith3D000AfterTheLogin() throws Exception {
        Map<String, CheckResult> results = run("nosuchdb", OWNER, OWNER_PASSWORD, "");

        assertThat(results.get("db.login").status()).isEqualTo(Status.PASS);
        CheckResult database = results.get("db.database");
        assertThat(database.status()).isEqualTo(Status.FAIL);
        assertThat(database.summary()).isEqualTo("Database nosuchdb does not exist on the server.");
        assertThat(database.remedy()).contains("inedodb create --name=nosuchdb");
        assertThat(database.evidence()).containsEntry("sqlState", "3D000");
    }

    @Test
    void aRoleThatNeitherOwnsNorMayCreateFails() throws Exception {
        CheckResult permissions = run("proget", READER, READER_PASSWORD, "").get("db.permissions");

        assertThat(permissions.status()).isEqualTo(Status.FAIL);
        assertThat(permissions.summary()).contains(READER + " neither owns the database (" + OWNER + " does)");
        assertThat(permissions.remedy()).contains("OWNER TO \"" + READER + "\"");
        assertThat(permissions.evidence()).containsEntry("createInPublic", "false");
    }

    @Test
    void anExistingInstallationIsFoundWithItsLatestScript() throws Exception {
        Map<String, CheckResult> results = run("installed", OWNER, OWNER_PASSWORD, "");

        CheckResult installation = results.get("db.installation");
        assertThat(installation.status()).isEqualTo(Status.PASS);
        assertThat(installation.summary()).contains("existing installation (3 scripts, latest 2025.9/0003-Retention.sql")
                .contains("EncryptionKey must be kept");
        assertThat(installation.evidence()).contains(entry("existingInstallation", "true"),
                entry("latestScript", "2025.9/0003-Retention.sql"), entry("lastExecuted", "2025-09-12 08:30:00"));

        CheckContext context = ProbeRun.runInOrder(ProbeRun.checks(profile("installed", OWNER, ""), OWNER_PASSWORD,
                ProbeOptions.defaults()), DEADLINE);
        assertThat(context.found(DatabaseProbe.INSTALLATION)).hasValueSatisfying(found -> {
            assertThat(found.existing()).isTrue();
            assertThat(found.scripts()).isEqualTo(3);
        });
    }

    @Test
    void sslModeDisableWarnsThatEverythingIsInClearText() throws Exception {
        CheckResult tls = run("proget", OWNER, OWNER_PASSWORD, ";SSL Mode=Disable").get("db.tls");

        assertThat(tls.status()).isEqualTo(Status.WARN);
        assertThat(tls.summary()).contains("unencrypted");
        assertThat(tls.remedy()).contains("VerifyFull");
    }

    @Test
    void verifyFullFailsOnAnUntrustedCertificateAndPassesOnceTrusted() throws Exception {
        CheckResult untrusted = run("proget", OWNER, OWNER_PASSWORD, ";SSL Mode=VerifyFull").get("db.tls");
        assertThat(untrusted.status()).isEqualTo(Status.FAIL);
        assertThat(untrusted.summary()).contains("not trusted");
        assertThat(untrusted.detail()).contains("PKIX path building failed");
        assertThat(untrusted.remedy()).contains("Secure fix").contains("Insecure workaround");

        // trusts exactly the server's self-signed certificate, in place of Java's certificate authorities
        ProbeOptions trusting = ProbeOptions.defaults()
                .withDriverProperty("sslfactory", "org.postgresql.ssl.SingleCertValidatingFactory")
                .withDriverProperty("sslfactoryarg", "file:" + EmbeddedPostgresServer.certificateAuthorityFile());
        CheckResult trusted = ProbeRun.run(profile("proget", OWNER, ";SSL Mode=VerifyFull"), OWNER_PASSWORD, trusting,
                DEADLINE).get("db.tls");
        assertThat(trusted.status()).as(trusted.summary() + " " + trusted.detail()).isEqualTo(Status.PASS);
        assertThat(trusted.evidence()).containsEntry("certificateChecked", "true");

        CheckResult otherName = ProbeRun.run(ProbeRun.profile(DatabaseKind.POSTGRESQL, "Host=127.0.0.1;Port="
                + EmbeddedPostgresServer.port() + ";Database=proget;Username=" + OWNER + ";SSL Mode=VerifyFull",
                Product.PROGET, VersionLine.V2025_AND_NEWER), OWNER_PASSWORD, trusting, DEADLINE).get("db.tls");
        assertThat(otherName.status()).isEqualTo(Status.FAIL);
        assertThat(otherName.summary()).contains("connected to \"127.0.0.1\", which is not among the certificate's names");
    }

    private static Map<String, CheckResult> run(String database, String user, String password, String extra)
            throws InterruptedException {
        return ProbeRun.run(profile(database, user, extra), password, ProbeOptions.defaults(), DEADLINE);
    }

    static Profile profile(String database, String user, String extra) {
        return ProbeRun.profile(DatabaseKind.POSTGRESQL, "Host=localhost;Port=" + EmbeddedPostgresServer.port()
                + ";Database=" + database + ";Username=" + user + extra, Product.PROGET, VersionLine.V2025_AND_NEWER);
    }
}
