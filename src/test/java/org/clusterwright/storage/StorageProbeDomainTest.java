package org.clusterwright.storage;

import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Status;
import org.clusterwright.profile.DomainAuth;
import org.clusterwright.secrets.Secret;
import org.clusterwright.storagepath.StoragePath;
import org.clusterwright.testing.DomainAccount;
import org.clusterwright.testing.DomainController;
import org.clusterwright.testing.TestDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The storage probe on a share of the test domain's DC, as the service account: with Kerberos the probe file is
 * written, read back and removed, and "as the service account" names the account and the mechanism it used;
 * NTLM when chosen; a wrong password or an unknown account fails the login with the domain's reason, writing
 * nothing.
 */
@Timeout(120)
@ExtendWith(TestDomain.class)
class StorageProbeDomainTest {
    static DomainController dc;

    @BeforeAll
    static void domain(DomainController controller) throws Exception {
        dc = controller;
        Files.createDirectories(dc.shareFolder().resolve("packages"));
        dc.shareFolder().resolve("packages").toFile().setWritable(true, false);
    }

    @AfterEach
    void nothingIsLeftBehind() throws Exception {
        assertThat(StorageProbeSambaTest.probeFilesUnder(dc.shareFolder())).isEmpty();
    }

    @Test
    void kerberosWritesAndReadsBackAsTheServiceAccountAndSaysSo() throws Exception {
        DomainAccount svc = dc.serviceAccount();
        List<CheckResult> results = StorageProbeSambaTest.run(target(svc.downLevel(), svc.password(),
                DomainAuth.KERBEROS));

        CheckResult login = StorageProbeSambaTest.result(results, "storage.login");
        assertThat(login.status()).as(login.summary()).isEqualTo(Status.PASS);
        assertThat(login.summary()).startsWith("Logged in as the service account CW\\svc-proget (Kerberos)");
        assertThat(login.evidence()).containsEntry("identity", "CW\\svc-proget (Kerberos)");
        CheckResult write = StorageProbeSambaTest.result(results, "storage.write");
        assertThat(write.status()).as(write.summary()).isEqualTo(Status.PASS);
    }

    @Test
    void ntlmIsTheMechanismWhenTheAdministratorChoosesIt() throws Exception {
        DomainAccount svc = dc.serviceAccount();
        List<CheckResult> results = StorageProbeSambaTest.run(target(svc.downLevel(), svc.password(), DomainAuth.NTLM));

        CheckResult login = StorageProbeSambaTest.result(results, "storage.login");
        assertThat(login.summary()).startsWith("Logged in as the service account CW\\svc-proget (NTLM)");
        assertThat(StorageProbeSambaTest.result(results, "storage.write").status()).isEqualTo(Status.PASS);
    }

    @Test
    void aWrongPasswordOrAnUnknownAccountFailsTheLoginWithTheDomainsReason() throws Exception {
        List<CheckResult> wrong = StorageProbeSambaTest.run(target(dc.serviceAccount().principal(), "Wrong-Pass-1",
                DomainAuth.AUTO));
        List<CheckResult> unknown = StorageProbeSambaTest.run(target("CW\\svc-nobody", "Some-Pass-1",
                DomainAuth.KERBEROS));

        CheckResult wrongLogin = StorageProbeSambaTest.result(wrong, "storage.login");
        assertThat(wrongLogin.status()).isEqualTo(Status.FAIL);
        assertThat(wrongLogin.summary()).contains("rejected the password of svc-proget@CW.TEST");
        assertThat(wrongLogin.remedy()).contains("Re-enter the password");
        CheckResult unknownLogin = StorageProbeSambaTest.result(unknown, "storage.login");
        assertThat(unknownLogin.summary()).contains("does not know the account CW\\svc-nobody");
        assertThat(StorageProbeSambaTest.result(wrong, "storage.write").status()).isEqualTo(Status.SKIP);
        assertThat(StorageProbeSambaTest.result(unknown, "storage.write").status()).isEqualTo(Status.SKIP);
    }

    private static StorageTarget target(String user, String password, DomainAuth auth) throws Exception {
        return StorageTarget.of(StoragePath.parse("\\\\" + dc.address() + "\\" + DomainController.SHARE + "\\packages"),
                        null, user, Optional.of(Secret.of(password)),
                        ProbeLimits.defaults().withThroughputBytes(ProbeLimits.MIB).withWarnings(60_000, 0.001))
                .withAuth(auth);
    }
}
