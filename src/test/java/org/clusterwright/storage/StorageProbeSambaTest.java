package org.clusterwright.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.CheckRunner;
import org.clusterwright.check.ExitCodes;
import org.clusterwright.check.Outcome;
import org.clusterwright.check.Status;
import org.clusterwright.check.TargetChecks;
import org.clusterwright.cli.CommandLineApp;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.ProfileStore;
import org.clusterwright.profile.StarterProfiles;
import org.clusterwright.secrets.Secret;
import org.clusterwright.storagepath.StoragePath;
import org.clusterwright.testing.SambaServer;
import org.clusterwright.testing.SambaShare;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The storage probe against a real Samba server on loopback, one case per way shared storage goes wrong. */
class StorageProbeSambaTest {
    private static final Duration DEADLINE = Duration.ofSeconds(15);

    @TempDir
    static Path work;
    static Path packages;
    static Path otherFolder;
    static SambaServer server;

    @BeforeAll
    static void startSamba() throws Exception {
        packages = Files.createDirectories(work.resolve("packages"));
        Files.createDirectories(packages.resolve("feeds"));
        otherFolder = Files.createDirectories(work.resolve("other/feeds"));
        server = SambaServer.builder(work)
                .share("packages", packages)
                .share("alias", packages)
                .share("other", otherFolder.getParent())
                .share(SambaShare.of("readonly", packages).asReadOnly())
                .start();
    }

    @AfterAll
    static void stopSamba() {
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void noProbeFileIsLeftBehind() throws IOException {
        assertThat(probeFilesUnder(work)).isEmpty();
    }

    @Test
    void aGoodShareYieldsPassWithLatencyAndThroughputFigures() throws Exception {
        List<CheckResult> results = run(target(server, "\\\\127.0.0.1\\packages\\feeds", server.password()));

        assertThat(results).extracting(r -> r.id().value()).containsExactly("storage.resolve", "storage.tcp",
                "storage.session", "storage.login", "storage.share", "storage.folder", "storage.write",
                "storage.space", "storage.latency", "storage.throughput");
        assertThat(results).allSatisfy(r -> assertThat(r.status()).as(r.id() + ": " + r.summary()).isEqualTo(Status.PASS));
        assertThat(result(results, "storage.session").evidence()).containsEntry("dialect", "SMB 3.1.1");
        assertThat(result(results, "storage.latency").evidence()).containsKeys("medianMillis", "warnAboveMillis");
        assertThat(result(results, "storage.throughput").evidence())
                .containsKeys("writeMiBps", "readMiBps", "warnBelowMiBps").containsEntry("probeBytes", "1048576");
        assertThat(result(results, "storage.write").summary()).contains("SHA-256 matches");
    }

    @Test
    void aWrongPasswordFailsTheLoginAndSkipsTheRest() throws Exception {
        List<CheckResult> results = run(target(server, "\\\\127.0.0.1\\packages", "not-" + server.password()));

        CheckResult login = result(results, "storage.login");
        assertThat(login.status()).isEqualTo(Status.FAIL);
        assertThat(login.summary()).contains("STATUS_LOGON_FAILURE").contains(server.user())
                .doesNotContain(server.password());
        assertThat(login.remedy()).contains("password");
        assertThat(result(results, "storage.write").status()).isEqualTo(Status.SKIP);
    }

    @Test
    void aMissingShareFailsTheShareCheck() throws Exception {
        CheckResult share = result(run(target(server, "\\\\127.0.0.1\\nosuch\\x", server.password())), "storage.share");
        assertThat(share.status()).isEqualTo(Status.FAIL);
        assertThat(share.summary()).contains("\\\\127.0.0.1:" + server.port() + "\\nosuch").contains("STATUS_BAD_NETWORK_NAME");
        assertThat(share.remedy()).contains("net share");
    }

    @Test
    void aMissingFolderFailsAndCanBeCreatedAsTheServiceAccount() throws Exception {
        StorageTarget target = target(server, "\\\\127.0.0.1\\packages\\new\\proget", server.password());
        CheckResult folder = result(run(target), "storage.folder");
        assertThat(folder.status()).isEqualTo(Status.FAIL);
        assertThat(folder.summary()).contains("\\new\\proget").contains("does not exist");
        assertThat(folder.remedy()).contains("Create the folder");
        assertThat(packages.resolve("new")).doesNotExist();

        assertThat(StorageFolders.create(target, DEADLINE)).endsWith("\\packages\\new\\proget");

        assertThat(packages.resolve("new/proget")).isDirectory();
        assertThat(run(target)).allSatisfy(r -> assertThat(r.status()).as(r.id().value()).isEqualTo(Status.PASS));
    }

    @Test
    void aReadOnlyShareFailsTheWriteWithTheRightsToGrant() throws Exception {
        CheckResult write = result(run(target(server, "\\\\127.0.0.1\\readonly\\feeds", server.password())),
                "storage.write");
        assertThat(write.status()).isEqualTo(Status.FAIL);
        assertThat(write.summary()).contains("failed to create").contains("STATUS_ACCESS_DENIED");
        assertThat(write.remedy()).contains("modify rights");
        assertThat(write.evidence()).containsEntry("failedStep", "create");
    }

    @Test
    void aShareRequiringEncryptionAndSigningWorksAndSaysSo(@TempDir Path own) throws Exception {
        Path folder = Files.createDirectories(own.resolve("data"));
        try (SambaServer strict = SambaServer.builder(own).share("secure", folder)
                .global("server smb encrypt", "required").global("server signing", "mandatory").start()) {
            List<CheckResult> results = run(target(strict, "\\\\127.0.0.1\\secure", strict.password()));
            assertThat(results).allSatisfy(r -> assertThat(r.status()).as(r.id() + ": " + r.summary()).isEqualTo(Status.PASS));
            assertThat(result(results, "storage.session").evidence()).containsEntry("serverRequiresSigning", "true")
                    .containsEntry("encryptionAvailable", "true");
            assertThat(result(results, "storage.login").evidence()).containsEntry("sessionEncrypted", "true");
            assertThat(probeFilesUnder(folder)).isEmpty();
        }
    }

    @Test
    void aTinyShareWarnsAboutFreeSpace(@TempDir Path own) throws Exception {
        Path folder = Files.createDirectories(own.resolve("data"));
        try (SambaServer tiny = SambaServer.builder(own).share("tiny", folder).global("max disk size", "10").start()) {
            CheckResult space = result(run(target(tiny, "\\\\127.0.0.1\\tiny", tiny.password())), "storage.space");
            assertThat(space.status()).isEqualTo(Status.WARN);
            assertThat(space.summary()).contains("less than the 10.0 GiB warning threshold");
            assertThat(Long.parseLong(space.evidence().get("totalBytes"))).isLessThanOrEqualTo(10L * ProbeLimits.MIB);
        }
    }

    @Test
    void aProbeInterruptedMidwayLeavesNoProbeFileBehind() throws Exception {
        StorageTarget target = target(server, "\\\\127.0.0.1\\packages\\feeds", server.password());
        try (ProbeFolder real = target.open(DEADLINE)) {
            CheckContext context = new CheckContext("storage", DEADLINE);
            context.put(StorageKeys.FOLDER, new InterruptingFolder(real));

            Outcome outcome = new StorageWriteCheck().run(context);

            assertThat(Thread.interrupted()).as("the interruption is handed back to the caller").isTrue();
            assertThat(outcome.status()).isEqualTo(Status.FAIL);
            assertThat(outcome.evidence()).containsEntry("failedStep", "read back");
            assertThat(probeFilesUnder(packages)).isEmpty();
        }
    }

    @Test
    void nodesReachingTheStorageByAnotherPathAreProvenToSeeTheSameFolder() throws Exception {
        StorageTarget main = target(server, "\\\\127.0.0.1\\packages\\feeds", server.password());
        StorageTarget alias = target(server, "\\\\127.0.0.1\\alias\\feeds", server.password());
        StorageTarget other = target(server, "\\\\127.0.0.1\\other\\feeds", server.password());

        CheckResult same = result(runWith(main, Map.of("node-2", alias)), "storage.same-share");
        assertThat(same.status()).as(same.summary()).isEqualTo(Status.PASS);
        assertThat(same.evidence().get("seenThrough")).contains("\\alias\\feeds (node-2)");

        CheckResult different = result(runWith(main, Map.of("node-2", alias, "node-3", other)), "storage.same-share");
        assertThat(different.status()).isEqualTo(Status.FAIL);
        assertThat(different.summary()).contains("\\other\\feeds (node-3)").doesNotContain("alias");
        assertThat(different.remedy()).contains("same share");
    }

    @Test
    void checkStepStorageReportsTheFiguresInJsonWithThePasswordFromTheEnvironment() throws Exception {
        Profile profile = StarterProfiles.create(Product.PROGET, "storage");
        profile.setNodes(List.of(new ClusterNode("n1", "n1", NodeAccess.MANUAL, "http://n1:8624/")));
        profile.getStorage().setPath("\\\\127.0.0.1\\packages\\feeds");
        profile.getStorage().setSmbPort(server.port());
        profile.getStorage().setAccount(server.user());
        profile.getStorage().setProbeSizeMiB(1);
        Path file = work.resolve("storage-profile.json");
        new ProfileStore().save(profile, file);

        StringWriter out = new StringWriter();
        int code = CommandLineApp.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                Map.of("CLUSTERWRIGHT_STORAGE_PASSWORD", server.password())::get,
                "check", "--step", "storage", "--profile", file.toString(), "--format", "json");

        assertThat(out.toString()).contains("\"storage.throughput\"").contains("\"writeMiBps\"")
                .contains("\"medianMillis\"").doesNotContain(server.password());
        // the default thresholds judge this machine's speed, so only the checks that do not measure must pass
        JsonNode results = new ObjectMapper().readTree(out.toString()).path("results");
        assertThat(results).hasSize(11).allSatisfy(r -> assertThat(r.path("status").asText()).as(r.toString())
                .isIn(r.path("id").asText().matches("storage\\.(latency|throughput)") ? List.of("PASS", "WARN")
                        : List.of("PASS")));
        assertThat(code).isIn(ExitCodes.ALL_PASSED, ExitCodes.WARNINGS);
    }

    static StorageTarget target(SambaServer samba, String path, String password) throws Exception {
        return StorageTarget.of(StoragePath.parse(path), samba.port(), samba.user(), Optional.of(Secret.of(password)),
                RelaxedLimits.probe());
    }

    static List<CheckResult> run(StorageTarget target) throws InterruptedException {
        return runWith(target, Map.of());
    }

    static List<CheckResult> runWith(StorageTarget target, Map<String, StorageTarget> others) throws InterruptedException {
        return new CheckRunner(DEADLINE).runAll(List.of(new TargetChecks("storage", StorageProbe.checks(target, others))));
    }

    static CheckResult result(List<CheckResult> results, String id) {
        return results.stream().filter(r -> r.id().value().equals(id)).findFirst().orElseThrow(
                () -> new AssertionError(id + " not in " + results));
    }

    static List<Path> probeFilesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().startsWith(ProbeFiles.PREFIX)).toList();
        }
    }

    /** Lets the probe write its file, then interrupts the probe's thread as a cancelled run does. */
    private static final class InterruptingFolder implements ProbeFolder {
        private final ProbeFolder real;

        InterruptingFolder(ProbeFolder real) {
            this.real = real;
        }

        @Override
        public String describe(String name) {
            return real.describe(name);
        }

        @Override
        public void create(String name, byte[] content) throws IOException {
            real.create(name, content);
            Thread.currentThread().interrupt();
        }

        @Override
        public void createLarge(String name, byte[] chunk, long total) throws IOException {
            real.createLarge(name, chunk, total);
        }

        @Override
        public byte[] read(String name) throws IOException {
            if (Thread.currentThread().isInterrupted()) {
                throw new StorageAccessException(StorageAccessException.Kind.IO, "interrupted", "run again", null);
            }
            return real.read(name);
        }

        @Override
        public long readThrough(String name, byte[] buffer) throws IOException {
            return real.readThrough(name, buffer);
        }

        @Override
        public void rename(String from, String to) throws IOException {
            real.rename(from, to);
        }

        @Override
        public void delete(String name) throws IOException {
            real.delete(name);
        }

        @Override
        public boolean exists(String name) throws IOException {
            return real.exists(name);
        }

        @Override
        public List<String> list() throws IOException {
            return real.list();
        }

        @Override
        public Space space() throws IOException {
            return real.space();
        }

        @Override
        public void close() {
            real.close();
        }
    }
}
