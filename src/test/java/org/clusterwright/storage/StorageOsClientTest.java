package org.clusterwright.storage;

import org.clusterwright.check.CheckResult;
import org.clusterwright.check.CheckRunner;
import org.clusterwright.check.Status;
import org.clusterwright.check.TargetChecks;
import org.clusterwright.profile.Profile;
import org.clusterwright.remote.OsSmbClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without the service account's password, a share Windows' own SMB client reaches is probed as the logged-on
 * user, and storage.login says plainly that this is not the service account (a fake client maps the UNC path to
 * a folder here).
 */
class StorageOsClientTest {
    @TempDir
    Path work;

    @Test
    void theClaimNamesTheLoggedOnUserAndNotTheServiceAccount() throws Exception {
        Path standIn = Files.createDirectories(work.resolve("files.corp.example/packages/feeds"));
        Profile profile = new Profile();
        profile.getStorage().setPath("\\\\files.corp.example\\packages\\feeds");
        profile.getStorage().setAccount("CORP\\svc-proget");
        profile.getStorage().setProbeSizeMiB(1);
        OsSmbClient fake = new OsSmbClient() {
            @Override
            public Optional<Path> folder(String host, String share, String folder) {
                return Optional.of(work.resolve(host).resolve(share).resolve(folder));
            }

            @Override
            public String loggedOnUser() {
                return "CORP\\admin";
            }
        };

        List<CheckResult> results = new CheckRunner(Duration.ofSeconds(15)).runAll(List.of(new TargetChecks("storage",
                StorageProbe.checks(profile, Optional.empty(), fake))));

        CheckResult login = StorageProbeSambaTest.result(results, "storage.login");
        assertThat(login.status()).isEqualTo(Status.WARN);
        assertThat(login.summary()).contains("Reached as CORP\\admin").contains("not as CORP\\svc-proget");
        assertThat(login.evidence()).containsEntry("identity", "CORP\\admin (Windows SMB client)");
        assertThat(StorageProbeSambaTest.result(results, "storage.write").status()).isEqualTo(Status.PASS);
        assertThat(results).noneMatch(result -> result.id().value().equals("storage.session"));
        assertThat(StorageProbeSambaTest.probeFilesUnder(standIn)).isEmpty();
    }
}
