package org.clusterwright.storage;

import org.clusterwright.check.CheckResult;
import org.clusterwright.check.CheckRunner;
import org.clusterwright.check.Status;
import org.clusterwright.engine.CheckPlanner;
import org.clusterwright.engine.Step;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.StarterProfiles;
import org.clusterwright.secrets.InMemorySecretStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The probe against a folder this machine reaches as a path (a single host, a lab, a share mounted on a Docker
 * host): the same write, space, latency and throughput checks as over SMB, without the SMB steps.
 */
class StorageProbeLocalTest {
    private static final Duration DEADLINE = Duration.ofSeconds(15);

    @TempDir
    Path dir;

    private List<CheckResult> checkStorage(Profile profile) throws InterruptedException {
        return new CheckRunner(DEADLINE).runAll(new CheckPlanner(DEADLINE).plan(profile, new InMemorySecretStore(),
                List.of(Step.STORAGE)));
    }

    private Profile profileWithPath(Path path) {
        Profile profile = StarterProfiles.create(Product.PROGET, "local");
        profile.getStorage().setPath(path.toString());
        profile.getStorage().setProbeSizeMiB(1);
        return profile;
    }

    @Test
    void aLocalFolderIsProbedForRealAndLeftAsItWas() throws Exception {
        Path packages = Files.createDirectories(dir.resolve("packages"));

        List<CheckResult> results = checkStorage(profileWithPath(packages));

        assertThat(results).extracting(r -> r.id().value()).containsExactly("input.storage", "storage.folder",
                "storage.write", "storage.space", "storage.latency", "storage.throughput");
        // a local path serves one host only: the input check says so, the probe itself proves the folder works
        assertThat(results.get(0).status()).isIn(Status.WARN, Status.FAIL);
        assertThat(results.subList(1, 3)).allSatisfy(r -> assertThat(r.status()).as(r.summary()).isEqualTo(Status.PASS));
        assertThat(results.get(2).summary()).contains("SHA-256 matches");
        try (Stream<Path> left = Files.list(packages)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aMissingLocalFolderFailsTheFolderCheckAndSkipsTheRest() throws Exception {
        List<CheckResult> results = checkStorage(profileWithPath(dir.resolve("not-there")));

        CheckResult folder = results.stream().filter(r -> r.id().value().equals("storage.folder")).findFirst().orElseThrow();
        assertThat(folder.status()).isEqualTo(Status.FAIL);
        assertThat(folder.remedy()).isNotBlank();
        assertThat(results.stream().filter(r -> r.id().value().equals("storage.write")).findFirst().orElseThrow().status())
                .isEqualTo(Status.SKIP);
        assertThat(dir.resolve("not-there")).doesNotExist();
    }
}
