package org.clusterwright.database;

import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Status;
import org.clusterwright.database.tds.TdsResponder;
import org.clusterwright.database.tds.TdsResponder.Mode;
import org.clusterwright.database.tds.TestCertificates;
import org.clusterwright.profile.DatabaseKind;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.VersionLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** The SQL Server probe against {@link TdsResponder}, which answers the probe's queries as SQL Server would. */
@Timeout(60)
class DbProbeSqlServerTest {
    static final String PASSWORD = "Pr0be-s3cret;pässword";
    static final Duration DEADLINE = Duration.ofSeconds(5);
    static final List<String> ORDER = List.of("db.parse", "db.resolve", "db.tcp", "db.tls", "db.login",
            "db.database", "db.permissions", "db.collation", "db.installation", "db.version", "db.availability");
    static final List<String> AFTER_LOGIN = ORDER.subList(5, ORDER.size());

    @TempDir
    static Path temp;
    static TestCertificates.Identity localhost;
    static TestCertificates.Identity wrongName;

    private final List<TdsResponder> responders = new ArrayList<>();
    private final SqlServerAnswers answers = new SqlServerAnswers();

    @BeforeAll
    static void certificates() {
        localhost = TestCertificates.selfSigned("localhost", "localhost");
        wrongName = TestCertificates.selfSigned("wrong.example", "wrong.example");
    }

    @AfterEach
    void close() {
        responders.forEach(responder -> {
            responder.close();
            assertThat(responder.failures()).as("problems on the responder's side").isEmpty();
        });
    }

    @Test
    void goodPathInAnAvailabilityGroupPassesEveryProbeCheckOnOneConnection() throws Exception {
        answers.hadrEnabled = 1;
        answers.inGroup = 1;
        TdsResponder server = start(TdsResponder.builder().mode(Mode.TLS).keyStore(localhost.keyStore(), localhost.password()));

        Map<String, CheckResult> results = run(tls(server), trusting(localhost));

        assertThat(results.keySet()).containsExactlyElementsOf(ORDER);
        assertThat(results.get("db.parse").status()).as("loopback host").isEqualTo(Status.WARN);
        results.values().stream().skip(1).forEach(result ->
                assertThat(result.status()).as(result.id() + ": " + result.summary()).isEqualTo(Status.PASS));
        assertThat(results.get("db.tls").summary()).contains("encrypted").contains("trusted for localhost");
        assertThat(results.get("db.tls").evidence()).contains(entry("certificateChecked", "true"),
                entry("encrypted", "true"));
        assertThat(results.get("db.login").evidence()).containsEntry("user", "proget");
        assertThat(results.get("db.availability").summary()).contains("Always On availability group (ag-proget, 2");
        assertThat(results.get("db.installation").evidence()).containsEntry("existingInstallation", "false");
        assertThat(results.get("db.version").evidence()).containsEntry("version", "16.0.1000.6");
        // one plain TCP connect from db.tcp and one driver connection for everything else
        assertThat(server.acceptedConnections()).isEqualTo(2);
        assertThat(server.logins()).hasSize(1);
    }

    @Test
    void aSingleUnencryptedServerWarnsAboutEncryptionAndTheSinglePointOfFailure() throws Exception {
        TdsResponder server = start(TdsResponder.builder());

        Map<String, CheckResult> results = run(plain(server), ProbeOptions.defaults());

        assertThat(ProbeRun.statuses(results)).containsExactly(entry("db.parse", Status.WARN),
                entry("db.resolve", Status.PASS), entry("db.tcp", Status.PASS), entry("db.tls", Status.WARN),
                entry("db.login", Status.PASS), entry("db.database", Status.PASS),
                entry("db.permissions", Status.PASS), entry("db.collation", Status.PASS),
                entry("db.installation", Status.PASS), entry("db.version", Status.PASS),
                entry("db.availability", Status.WARN));
        assertThat(results.get("db.tls").summary()).startsWith("Encrypt=False");
        assertThat(results.get("db.tls").remedy()).contains("Encrypt=True");
        assertThat(results.get("db.availability").summary()).contains("single point of failure");
        assertThat(results.get("db.availability").remedy()).contains("Always On availability group");
        assertThat(results.get("db.installation").summary()).isEqualTo("The database is empty, ready for a first install.");
    }

    @Test
    void wrongPasswordFailsTheLoginWithError18456AndSkipsTheRest() throws Exception {
        TdsResponder server = start(TdsResponder.builder());

        Map<String, CheckResult> results = ProbeRun.run(plain(server), "not-the-password", ProbeOptions.defaults(),
                DEADLINE);

        CheckResult login = results.get("db.login");
        assertThat(login.status()).isEqualTo(Status.FAIL);
        assertThat(login.summary()).contains("18456").contains("State 1 is all SQL Server tells a client");
        assertThat(login.remedy()).contains("mixed mode").contains("error log");
        assertThat(login.evidence()).containsEntry("state", "1").containsEntry("passwordGiven", "true");
        assertThat(results.get("db.tls").status()).isEqualTo(Status.WARN);
        AFTER_LOGIN.forEach(id -> assertThat(results.get(id).status()).as(id).isEqualTo(Status.SKIP));
    }

    @Test
    void aKnownLoginStateIsExplainedAndAMissingPasswordIsPointedOut() throws Exception {
        TdsResponder server = start(TdsResponder.builder().loginFailureState(8));

        CheckResult login = ProbeRun.run(plain(server), null, ProbeOptions.defaults(), DEADLINE).get("db.login");

        assertThat(login.status()).isEqualTo(Status.FAIL);
        assertThat(login.summary()).contains("State 8: the password is wrong.");
        assertThat(login.remedy()).contains("no password").contains("CLUSTERWRIGHT_DB_PASSWORD");
        assertThat(login.evidence()).containsEntry("passwordGiven", "false");
    }

    @Test
    void aMissingDatabaseFailsWith4060AfterTheLoginWasAccepted() throws Exception {
        TdsResponder server = start(TdsResponder.builder());
        Profile profile = plain(server);
        profile.getDatabase().setConnectionString(profile.getDatabase().getConnectionString()
                .replace("Initial Catalog=ProGet", "Initial Catalog=ProGet2"));

        Map<String, CheckResult> results = run(profile, ProbeOptions.defaults());

        assertThat(results.get("db.login").status()).isEqualTo(Status.PASS);
        assertThat(results.get("db.login").summary()).contains("accepted the credentials");
        CheckResult database = results.get("db.database");
        assertThat(database.status()).isEqualTo(Status.FAIL);
        assertThat(database.summary()).contains("database ProGet2 for proget").contains("4060");
        assertThat(database.remedy()).contains("SQL_Latin1_General_CP1_CI_AS").contains("CREATE USER [proget]");
        AFTER_LOGIN.subList(1, AFTER_LOGIN.size())
                .forEach(id -> assertThat(results.get(id).status()).as(id).isEqualTo(Status.SKIP));
        assertThat(server.logins()).as("no retry on 4060").hasSize(1);
    }

    @Test
    void anUntrustedCertificateFailsWithTheSecureFixAndTheInsecureWorkaround() throws Exception {
        TdsResponder server = start(TdsResponder.builder().mode(Mode.TLS).keyStore(localhost.keyStore(), localhost.password()));

        Map<String, CheckResult> results = run(tls(server), ProbeOptions.defaults());

        CheckResult tls = results.get("db.tls");
        assertThat(tls.status()).isEqualTo(Status.FAIL);
        assertThat(tls.summary()).contains("not trusted");
        assertThat(tls.remedy()).contains("Encrypt=True").contains("TrustServerCertificate=False")
                .contains("Secure fix").contains("Insecure workaround: TrustServerCertificate=True");
        assertThat(tls.detail()).contains("PKIX path building failed").doesNotContain("ClientConnectionId");
        assertThat(results.get("db.login").status()).isEqualTo(Status.SKIP);
    }

    @Test
    void trustServerCertificatePassesButSaysTheCertificateIsNotChecked() throws Exception {
        TdsResponder server = start(TdsResponder.builder().mode(Mode.TLS).keyStore(localhost.keyStore(), localhost.password()));
        Profile profile = tls(server);
        profile.getDatabase().setConnectionString(profile.getDatabase().getConnectionString()
                + ";TrustServerCertificate=True");

        CheckResult tls = run(profile, ProbeOptions.defaults()).get("db.tls");

        assertThat(tls.status()).isEqualTo(Status.PASS);
        assertThat(tls.summary()).contains("not checked");
        assertThat(tls.evidence()).containsEntry("certificateChecked", "false");
    }

    @Test
    void aCertificateForAnotherNameFailsNamingBothNames() throws Exception {
        TdsResponder server = start(TdsResponder.builder().mode(Mode.TLS).keyStore(wrongName.keyStore(), wrongName.password()));

        CheckResult tls = run(tls(server), trusting(wrongName)).get("db.tls");

        assertThat(tls.status()).isEqualTo(Status.FAIL);
        assertThat(tls.summary()).contains("\"localhost\"").contains("\"wrong.example\"");
        assertThat(tls.remedy()).contains("HostNameInCertificate");
    }

    @Test
    void mandatoryEncryptionAgainstAServerWithoutTlsFails() throws Exception {
        TdsResponder server = start(TdsResponder.builder());
        Profile profile = plain(server);
        profile.getDatabase().setConnectionString(profile.getDatabase().getConnectionString()
                .replace("Encrypt=False", "Encrypt=True"));

        CheckResult tls = run(profile, ProbeOptions.defaults()).get("db.tls");

        assertThat(tls.status()).isEqualTo(Status.FAIL);
        assertThat(tls.summary()).contains("Encryption is mandatory").contains("offers no TLS");
        assertThat(tls.remedy()).contains("certificate").contains("Encrypt=False");
    }

    @Test
    void aBlackHoleServerCostsOneTimeoutAndSkipsEverythingAfter() throws Exception {
        TdsResponder server = start(TdsResponder.builder().mode(Mode.BLACK_HOLE));
        Duration deadline = Duration.ofSeconds(2);

        long started = System.nanoTime();
        Map<String, CheckResult> results = ProbeRun.run(plain(server), PASSWORD, ProbeOptions.defaults(), deadline);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).isLessThan(deadline.plusMillis(1500));
        assertThat(results.get("db.tcp").status()).isEqualTo(Status.PASS);
        CheckResult tls = results.get("db.tls");
        assertThat(tls.status()).isEqualTo(Status.FAIL);
        assertThat(tls.summary()).contains("did not complete the SQL Server pre-login");
        assertThat(tls.remedy()).contains("--timeout");
        ORDER.subList(4, ORDER.size())
                .forEach(id -> assertThat(results.get(id).status()).as(id).isEqualTo(Status.SKIP));
    }

    @Test
    void strictEncryptionAgainstAServerWithoutTlsIsBoundedByTheDeadline() throws Exception {
        TdsResponder server = start(TdsResponder.builder());
        Profile profile = plain(server);
        profile.getDatabase().setConnectionString(profile.getDatabase().getConnectionString()
                .replace("Encrypt=False", "Encrypt=Strict"));
        Duration deadline = Duration.ofSeconds(2);

        long started = System.nanoTime();
        CheckResult tls = ProbeRun.run(profile, PASSWORD, ProbeOptions.defaults(), deadline).get("db.tls");

        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .isLessThan(deadline.plusMillis(1500));
        assertThat(tls.status()).isIn(Status.FAIL, Status.ERROR);
    }

    @Test
    void aRunThatNeverReachesItsLastCheckHasItsConnectionClosedByTheWatchdog() throws Exception {
        TdsResponder server = start(TdsResponder.builder());
        ProbeTarget target = ProbeTarget.of(plain(server), java.util.Optional.of(org.clusterwright.secrets.Secret.of(
                PASSWORD)), ProbeOptions.defaults());

        ProbeSession session = ProbeSession.open(target, ProbeBudget.of(DEADLINE), null, Duration.ofMillis(300));

        assertThat(session.connection()).isPresent();
        session.closed().get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(session.connection().get().isClosed()).isTrue();
    }

    @Test
    void nothingListeningFailsTcpAndSkipsTheDriver() throws Exception {
        Profile profile = ProbeRun.profile(DatabaseKind.SQL_SERVER, "Data Source=127.0.0.1," + TdsResponder.unusedPort()
                + ";Initial Catalog=ProGet;User ID=proget;Encrypt=False", Product.PROGET, VersionLine.V2025_AND_NEWER);

        Map<String, CheckResult> results = run(profile, ProbeOptions.defaults());

        assertThat(results.get("db.tcp").status()).isEqualTo(Status.FAIL);
        assertThat(results.get("db.tcp").summary()).contains("refused");
        ORDER.subList(3, ORDER.size())
                .forEach(id -> assertThat(results.get(id).status()).as(id).isEqualTo(Status.SKIP));
    }

    @Test
    void aWrongCollationFailsWithARemedyAndTheOtherQuestionsStillRun() throws Exception {
        answers.collation = "Latin1_General_100_CI_AS_SC_UTF8";
        TdsResponder server = start(TdsResponder.builder());

        Map<String, CheckResult> results = run(plain(server), ProbeOptions.defaults());

        CheckResult collation = results.get("db.collation");
        assertThat(collation.status()).isEqualTo(Status.FAIL);
        assertThat(collation.summary()).contains("Latin1_General_100_CI_AS_SC_UTF8")
                .contains("SQL_Latin1_General_CP1_CI_AS");
        assertThat(collation.remedy()).contains("COLLATE SQL_Latin1_General_CP1_CI_AS");
        assertThat(results.get("db.installation").status()).isEqualTo(Status.PASS);
        assertThat(results.get("db.availability").status()).isEqualTo(Status.WARN);
    }

    @Test
    void withoutDbOwnerProGet2025FailsEvenWithTheOldProductRole() throws Exception {
        answers.dbOwner = 0;
        answers.productRole = 1;
        TdsResponder server = start(TdsResponder.builder());

        CheckResult permissions = run(plain(server), ProbeOptions.defaults()).get("db.permissions");

        assertThat(permissions.status()).isEqualTo(Status.FAIL);
        assertThat(permissions.summary()).contains("ProGetUser_Role").contains("2025 and newer needs db_owner");
        assertThat(permissions.remedy()).contains("ALTER ROLE [db_owner] ADD MEMBER");
        assertThat(permissions.evidence()).containsEntry("dbOwner", "false");
    }

    @Test
    void olderLinesAcceptTheProductRoleAndNoRoleAtAllFails() throws Exception {
        answers.dbOwner = 0;
        answers.productRole = 1;
        TdsResponder server = start(TdsResponder.builder());
        Profile older = plain(server);
        older.setProduct(Product.BUILDMASTER);
        older.setVersionLine(VersionLine.V2023_TO_2024);

        assertThat(run(older, ProbeOptions.defaults(), "BuildMasterUser_Role").get("db.permissions").status())
                .isEqualTo(Status.PASS);

        answers.productRole = null;
        CheckResult none = run(older, ProbeOptions.defaults(), "BuildMasterUser_Role").get("db.permissions");
        assertThat(none.status()).isEqualTo(Status.FAIL);
        assertThat(none.summary()).contains("neither db_owner nor a member of BuildMasterUser_Role");
        assertThat(none.evidence()).containsEntry("productRole", "BuildMasterUser_Role (no such role)");
    }

    @Test
    void anExistingInstallationIsReportedInEvidenceAndInTheContext() throws Exception {
        answers.installed = true;
        answers.tables = 87;
        answers.scripts = 412;
        answers.latestScript = "2025.14/0412-FeedRetention.sql";
        answers.lastExecuted = "2026-10-02T09:14:11.123";
        TdsResponder server = start(TdsResponder.builder());
        Profile profile = plain(server);

        CheckResult installation = run(profile, ProbeOptions.defaults()).get("db.installation");

        assertThat(installation.status()).isEqualTo(Status.PASS);
        assertThat(installation.summary()).contains("existing installation (412 scripts, latest"
                + " 2025.14/0412-FeedRetention.sql").contains("EncryptionKey must be kept");
        assertThat(installation.evidence()).contains(entry("existingInstallation", "true"),
                entry("latestScript", "2025.14/0412-FeedRetention.sql"), entry("scripts", "412"),
                entry("lastExecuted", "2026-10-02T09:14:11.123"));

        CheckContext context = ProbeRun.runInOrder(ProbeRun.checks(profile, PASSWORD, ProbeOptions.defaults()),
                DEADLINE);
        assertThat(context.found(DatabaseProbe.INSTALLATION)).hasValue(new Installation(true, 412,
                "2025.14/0412-FeedRetention.sql", "2026-10-02T09:14:11.123", 0, 87));
    }

    @Test
    void failedSchemaScriptsWarn() throws Exception {
        answers.installed = true;
        answers.scripts = 12;
        answers.failedScripts = 1;
        answers.latestScript = "0012.sql";
        TdsResponder server = start(TdsResponder.builder());

        CheckResult installation = run(plain(server), ProbeOptions.defaults()).get("db.installation");

        assertThat(installation.status()).isEqualTo(Status.WARN);
        assertThat(installation.summary()).contains("1 schema script(s) are recorded as failed");
    }

    @Test
    void aSysadminLoginAndAnUnsupportedVersionWarn() throws Exception {
        answers.sysadmin = 1;
        answers.version = "11.0.7001.0";
        TdsResponder server = start(TdsResponder.builder());

        Map<String, CheckResult> results = run(plain(server), ProbeOptions.defaults());

        assertThat(results.get("db.permissions").status()).isEqualTo(Status.WARN);
        assertThat(results.get("db.permissions").summary()).contains("sysadmin");
        assertThat(results.get("db.version").status()).isEqualTo(Status.WARN);
        assertThat(results.get("db.version").summary()).contains("11.0.7001.0").contains("2022-07-12");
    }

    @Test
    void mirroringWarnsAndAFailoverClusterInstancePasses() throws Exception {
        answers.mirrored = 1;
        TdsResponder server = start(TdsResponder.builder());
        CheckResult mirrored = run(plain(server), ProbeOptions.defaults()).get("db.availability");
        assertThat(mirrored.status()).isEqualTo(Status.WARN);
        assertThat(mirrored.summary()).contains("mirroring");
        assertThat(mirrored.remedy()).contains("Failover Partner");

        answers.mirrored = 0;
        answers.clustered = 1;
        CheckResult clustered = run(plain(server), ProbeOptions.defaults()).get("db.availability");
        assertThat(clustered.status()).isEqualTo(Status.PASS);
        assertThat(clustered.summary()).contains("failover cluster instance");
    }

    @Test
    void integratedSecurityIsNeverPassedButSaysHowToProveIt() throws Exception {
        TdsResponder server = start(TdsResponder.builder());
        Profile profile = ProbeRun.profile(DatabaseKind.SQL_SERVER, "Data Source=127.0.0.1," + server.port()
                + ";Initial Catalog=ProGet;Integrated Security=True", Product.PROGET, VersionLine.V2025_AND_NEWER);

        Map<String, CheckResult> results = run(profile, ProbeOptions.defaults());

        assertThat(results.keySet()).containsExactlyElementsOf(ORDER);
        assertThat(results.get("db.tcp").status()).isEqualTo(Status.PASS);
        assertThat(results.get("db.tls").status()).isEqualTo(Status.SKIP);
        CheckResult login = results.get("db.login");
        assertThat(login.status()).isEqualTo(Status.SKIP);
        assertThat(login.summary()).contains("Integrated Security").contains("service account");
        assertThat(login.remedy()).contains("sqlcmd -S 127.0.0.1,").contains("authenticationScheme=NTLM")
                .contains("integratedSecurity=true");
        AFTER_LOGIN.forEach(id -> assertThat(results.get(id).status()).as(id).isEqualTo(Status.SKIP));
        assertThat(server.logins()).isEmpty();
    }

    // --- helpers ---

    private TdsResponder start(TdsResponder.Builder builder) throws IOException {
        TdsResponder responder = builder.login("proget", PASSWORD).database("ProGet")
                .queryHandler(sql -> answers.handler(currentRole).apply(sql)).start();
        responders.add(responder);
        return responder;
    }

    private String currentRole = "ProGetUser_Role";

    private Map<String, CheckResult> run(Profile profile, ProbeOptions options) throws InterruptedException {
        return ProbeRun.run(profile, PASSWORD, options, DEADLINE);
    }

    private Map<String, CheckResult> run(Profile profile, ProbeOptions options, String productRole)
            throws InterruptedException {
        currentRole = productRole;
        return run(profile, options);
    }

    private static Profile plain(TdsResponder server) {
        return ProbeRun.profile(DatabaseKind.SQL_SERVER, "Data Source=127.0.0.1," + server.port()
                + ";Initial Catalog=ProGet;User ID=proget;Encrypt=False", Product.PROGET, VersionLine.V2025_AND_NEWER);
    }

    /** By name, so the driver has a host name to check against the certificate. */
    private static Profile tls(TdsResponder server) {
        return ProbeRun.profile(DatabaseKind.SQL_SERVER, "Data Source=localhost," + server.port()
                + ";Initial Catalog=ProGet;User ID=proget;Encrypt=True", Product.PROGET, VersionLine.V2025_AND_NEWER);
    }

    private static ProbeOptions trusting(TestCertificates.Identity identity) throws IOException {
        Path store = identity.writeTrustStore(temp.resolve(identity.certificate().getSerialNumber() + ".p12"));
        return ProbeOptions.defaults().withDriverProperty("trustStore", store.toString())
                .withDriverProperty("trustStorePassword", new String(identity.password()))
                .withDriverProperty("trustStoreType", "PKCS12");
    }
}
