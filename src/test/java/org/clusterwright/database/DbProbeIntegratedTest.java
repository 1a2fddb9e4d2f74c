package org.clusterwright.database;

import org.clusterwright.check.CheckResult;
import org.clusterwright.check.CheckRunner;
import org.clusterwright.check.Status;
import org.clusterwright.check.TargetChecks;
import org.clusterwright.database.tds.KerberosAcceptor;
import org.clusterwright.database.tds.TdsResponder;
import org.clusterwright.database.tds.WindowsLogins;
import org.clusterwright.profile.DatabaseKind;
import org.clusterwright.profile.DomainAuth;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.VersionLine;
import org.clusterwright.secrets.Secret;
import org.clusterwright.testing.DomainAccount;
import org.clusterwright.testing.DomainController;
import org.clusterwright.testing.TestDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Integrated Security proven as the service account against a real domain: the real mssql-jdbc driver performs its
 * Kerberos exchange (a ticket from the Samba AD DC for the SPN, checked by the responder's GSS acceptor with the
 * exported keytab) or its NTLMv2 exchange (checked against the account's password), and every failure the domain
 * or the server can give comes back as a remedy.
 */
@Timeout(120)
@ExtendWith(TestDomain.class)
class DbProbeIntegratedTest {
    static final Duration DEADLINE = Duration.ofSeconds(15);
    static DomainController dc;
    static Path sqlKeytab;

    private final List<TdsResponder> responders = new ArrayList<>();
    private final SqlServerAnswers answers = new SqlServerAnswers();

    @BeforeAll
    static void domain(DomainController controller) throws Exception {
        dc = controller;
        sqlKeytab = dc.exportKeytab(dc.sqlServerAccount());
    }

    @AfterEach
    void close() {
        responders.forEach(responder -> {
            responder.close();
            assertThat(responder.failures()).as("problems on the responder's side").isEmpty();
        });
    }

    @Test
    void kerberosLogsInAsTheServiceAccountAndTheLaterChecksRunAsIt() throws Exception {
        TdsResponder server = start(domainLogins(), true);
        DomainAccount svc = dc.serviceAccount();

        Map<String, CheckResult> results = run(server, svc.principal(), svc.password(), DomainAuth.KERBEROS);

        CheckResult login = results.get("db.login");
        assertThat(login.status()).as(login.summary() + " " + login.detail()).isEqualTo(Status.PASS);
        assertThat(login.summary()).contains("CW\\svc-proget").contains("Kerberos")
                .contains("MSSQLSvc/127.0.0.1:" + server.port());
        assertThat(login.evidence()).containsEntry("authScheme", "Kerberos")
                .containsEntry("spn", "MSSQLSvc/127.0.0.1:" + server.port()).containsEntry("user", "CW\\svc-proget");
        assertThat(server.logins()).singleElement().satisfies(seen -> {
            assertThat(seen.request().integratedSecurity()).isTrue();
            assertThat(seen.request().userName()).isEmpty(); // no name or password travels in LOGIN7
            assertThat(seen.windowsIdentity()).isEqualTo("CW\\svc-proget");
        });
        assertThat(results.get("db.tls").status()).isEqualTo(Status.WARN); // Encrypt=False
        for (String after : List.of("db.database", "db.permissions", "db.collation", "db.installation", "db.version")) {
            assertThat(results.get(after).status()).as(after + ": " + results.get(after).summary())
                    .isEqualTo(Status.PASS);
        }
        assertThat(server.queries()).anyMatch(sql -> sql.contains("IS_ROLEMEMBER"));
    }

    @Test
    void ntlmLogsInAsTheServiceAccountWithItsDownLevelName() throws Exception {
        TdsResponder server = start(domainLogins(), false);
        DomainAccount svc = dc.serviceAccount();

        Map<String, CheckResult> results = run(server, svc.downLevel(), svc.password(), DomainAuth.NTLM);

        CheckResult login = results.get("db.login");
        assertThat(login.status()).as(login.summary() + " " + login.detail()).isEqualTo(Status.PASS);
        assertThat(login.evidence()).containsEntry("authScheme", "NTLM").containsEntry("user", "CW\\svc-proget");
        assertThat(server.logins()).singleElement().satisfies(seen ->
                assertThat(seen.windowsIdentity()).isEqualTo("CW\\svc-proget"));
        assertThat(results.get("db.permissions").status()).isEqualTo(Status.PASS);
    }

    @Test
    void aWrongPasswordIsRefusedByTheDomainForKerberosAndByTheServerForNtlm() throws Exception {
        TdsResponder server = start(domainLogins(), true);
        DomainAccount svc = dc.serviceAccount();

        CheckResult kerberos = run(server, svc.principal(), "Wrong-Pass-1", DomainAuth.KERBEROS).get("db.login");
        CheckResult ntlm = run(server, svc.downLevel(), "Wrong-Pass-1", DomainAuth.NTLM).get("db.login");

        assertThat(kerberos.status()).isEqualTo(Status.FAIL);
        assertThat(kerberos.summary()).contains("rejected the password of svc-proget@CW.TEST");
        assertThat(kerberos.remedy()).contains("Re-enter the password");
        assertThat(kerberos.evidence()).containsEntry("kerberosError", "WRONG_PASSWORD (24)");
        assertThat(ntlm.status()).isEqualTo(Status.FAIL);
        assertThat(ntlm.summary()).contains("error 18452").contains("NTLM");
        assertThat(ntlm.remedy()).contains("re-enter its password");
        assertThat(server.logins()).singleElement().satisfies(seen -> {
            assertThat(seen.accepted()).isFalse();
            assertThat(seen.windowsIdentity()).contains("does not match the password");
        });
    }

    @Test
    void aMissingSpnFailsKerberosAndAutoFallsBackToNtlmSayingWhy() throws Exception {
        TdsResponder server = start(domainLogins(), false); // no SPN registered for this port
        DomainAccount svc = dc.serviceAccount();
        String spn = "MSSQLSvc/127.0.0.1:" + server.port();

        CheckResult kerberosOnly = run(server, svc.principal(), svc.password(), DomainAuth.KERBEROS).get("db.login");
        Map<String, CheckResult> auto = run(server, svc.principal(), svc.password(), DomainAuth.AUTO);

        assertThat(kerberosOnly.status()).isEqualTo(Status.FAIL);
        assertThat(kerberosOnly.summary()).as(kerberosOnly.detail() + kerberosOnly.evidence())
                .contains("No account in the domain has the SPN " + spn);
        assertThat(kerberosOnly.remedy()).contains("setspn -S " + spn);
        assertThat(auto.get("db.login").status()).as(auto.get("db.login").detail()).isEqualTo(Status.PASS);
        assertThat(auto.get("db.login").evidence()).containsEntry("authScheme", "NTLM");
        assertThat(auto.get("db.login").evidence().get("kerberosFallback"))
                .contains("No account in the domain has the SPN");
        assertThat(auto.get("db.login").summary()).contains("Kerberos could not be used");
    }

    @Test
    void accountsTheDomainOrTheServerDoesNotKnowOrHasDisabledAreExplained() throws Exception {
        TdsResponder server = start(domainLogins().serverLogin("cw-admin"), true);
        DomainAccount svc = dc.serviceAccount();
        DomainAccount disabled = dc.disabledAccount();

        CheckResult noLogin = run(server, svc.principal(), svc.password(), DomainAuth.KERBEROS).get("db.login");
        CheckResult unknown = run(server, "svc-nobody@CW.TEST", "Some-Pass-1", DomainAuth.KERBEROS).get("db.login");
        CheckResult locked = run(server, disabled.principal(), disabled.password(), DomainAuth.KERBEROS)
                .get("db.login");

        assertThat(noLogin.status()).isEqualTo(Status.FAIL);
        assertThat(noLogin.summary()).contains("SQL Server has no login for it");
        assertThat(noLogin.remedy()).contains("CREATE LOGIN [svc-proget@CW.TEST] FROM WINDOWS");
        assertThat(unknown.summary()).contains("does not know the account svc-nobody@CW.TEST");
        assertThat(locked.summary()).contains("locked out, disabled");
        assertThat(locked.remedy()).contains("Unlock-ADAccount");
    }

    @Test
    void ntlmRefusedByTheServerPointsToKerberos() throws Exception {
        TdsResponder server = start(domainLogins().refusingNtlm(), false);
        DomainAccount svc = dc.serviceAccount();

        CheckResult login = run(server, svc.downLevel(), svc.password(), DomainAuth.NTLM).get("db.login");

        assertThat(login.status()).isEqualTo(Status.FAIL);
        assertThat(login.summary()).contains("18452").contains("refuses NTLM");
        assertThat(login.remedy()).contains("Restrict NTLM").contains("setspn -S MSSQLSvc/127.0.0.1:" + server.port());
        assertThat(server.logins()).singleElement().satisfies(seen ->
                assertThat(seen.windowsIdentity()).contains("NTLM is refused"));
    }

    @Test
    void managedAndBuiltInAccountsAreNotProvableAndSayWhatToRunOnTheNode() throws Exception {
        TdsResponder server = start(domainLogins(), false);

        CheckResult gmsa = run(server, "CW\\gmsa-proget$", "Not-Known-9", DomainAuth.AUTO).get("db.login");
        CheckResult network = run(server, "NT AUTHORITY\\NETWORK SERVICE", "Not-Known-9", DomainAuth.AUTO)
                .get("db.login");

        assertThat(gmsa.status()).isEqualTo(Status.SKIP);
        assertThat(gmsa.summary()).contains("group Managed Service Account");
        assertThat(gmsa.remedy()).contains("Test-ADServiceAccount gmsa-proget$")
                .contains("New-ScheduledTaskPrincipal -UserId 'CW\\gmsa-proget$'");
        assertThat(network.status()).isEqualTo(Status.SKIP);
        assertThat(network.summary()).contains("computer account");
        assertThat(network.remedy()).contains("PsExec -s sqlcmd -S 127.0.0.1," + server.port() + " -E");
        assertThat(server.logins()).isEmpty();
    }

    // --- helpers ---

    private static WindowsLogins domainLogins() {
        DomainAccount svc = dc.serviceAccount();
        return WindowsLogins.of(DomainController.NETBIOS_DOMAIN, DomainController.REALM.toLowerCase())
                .account(svc.name(), svc.password())
                .account(dc.administrator().name(), dc.administrator().password());
    }

    /** With {@code spn}, the server's SPN is registered on SQL Server's account and the responder holds its keys. */
    private TdsResponder start(WindowsLogins logins, boolean spn) throws Exception {
        int port = TdsResponder.unusedPort();
        TdsResponder responder = TdsResponder.builder().port(port).database("ProGet").windowsLogins(
                        spn ? logins.kerberos(KerberosAcceptor.Keys.fromKeytab(sqlKeytab.toFile(),
                                dc.sqlServerAccount().principal(), dc.registerSqlServer("127.0.0.1", port) + "@"
                                        + DomainController.REALM)) : logins)
                .queryHandler(sql -> answers.handler("ProGetUser_Role").apply(sql)).start();
        responders.add(responder);
        return responder;
    }

    private static Map<String, CheckResult> run(TdsResponder server, String account, String password, DomainAuth auth)
            throws InterruptedException {
        Profile profile = ProbeRun.profile(DatabaseKind.SQL_SERVER, "Server=127.0.0.1," + server.port()
                        + ";Database=ProGet;Integrated Security=SSPI;Encrypt=False", Product.PROGET,
                VersionLine.V2025_AND_NEWER);
        profile.getDatabase().setServiceAccount(account);
        profile.getDatabase().setServiceAccountAuth(auth);
        ProbeTarget target = ProbeTarget.of(profile, Optional.empty(), Optional.of(Secret.of(password)),
                ProbeOptions.defaults());
        List<org.clusterwright.check.Check> checks = new ArrayList<>();
        checks.add(new ConnectionStringCheck(profile.getDatabase()));
        checks.addAll(DatabaseProbe.checks(target, Clock.systemUTC()));
        List<CheckResult> results = new CheckRunner(DEADLINE).runAll(List.of(new TargetChecks("database", checks)));
        assertThat(results).allSatisfy(result -> assertThat(result.toString()).doesNotContain(password));
        Map<String, CheckResult> byId = new LinkedHashMap<>();
        results.forEach(result -> byId.put(result.id().value(), result));
        return byId;
    }
}
