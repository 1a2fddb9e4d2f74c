package org.clusterwright.keys;

import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Status;
import org.clusterwright.keys.NodeApplyResult.Result;
import org.clusterwright.nodes.ConfigFolder;
import org.clusterwright.nodes.ConfigFolderOpener;
import org.clusterwright.nodes.NodeAccessException;
import org.clusterwright.nodes.NodeConfigFolders;
import org.clusterwright.secrets.Secret;
import org.clusterwright.testing.SambaRequirements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The key step against three real SMB servers, each serving a node's C$ admin share. */
class KeySambaTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-04T05:06:07Z"), ZoneId.of("UTC"));

    @TempDir
    static Path dir;
    static SambaCluster cluster;

    @BeforeAll
    static void startNodes() throws Exception {
        SambaRequirements.assumeAvailable();
        cluster = SambaCluster.start(dir);
    }

    @AfterAll
    static void stopNodes() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @BeforeEach
    void freshFiles() throws Exception {
        cluster.reset();
    }

    private static KeyService service(ConfigFolderOpener opener) {
        return new KeyService(cluster.profile, cluster.secrets, opener, TIMEOUT, CLOCK);
    }

    private static KeyService service() {
        return service(new NodeConfigFolders(cluster.profile.getId(), cluster.secrets, TIMEOUT));
    }

    private static CheckResult result(List<CheckResult> results, String id, String target) {
        return results.stream().filter(r -> r.id().value().equals(id) && r.target().equals(target)).findFirst().orElseThrow();
    }

    @Test
    void mismatchedKeysBecomeOneKeyEverywhereWithBackupsAndNoOtherByteChanged() throws Exception {
        byte[][] before = {Files.readAllBytes(cluster.config(0)), Files.readAllBytes(cluster.config(1)),
                Files.readAllBytes(cluster.config(2))};
        cluster.node(1).setConfigPath("\\ProgramData\\Inedo\\SharedConfig\\");
        KeyService service = service();

        KeyInspection inspection = service.inspect();
        assertThat(inspection.results()).extracting(CheckResult::status)
                .containsExactly(Status.PASS, Status.PASS, Status.WARN);
        CheckResult read1 = result(inspection.results(), "key.read", "node-1");
        assertThat(read1.evidence()).containsEntry("fingerprint", EncryptionKeys.fingerprint(Secret.of(SambaCluster.KEY_A)))
                .containsEntry("source", "\\\\127.0.0.1:" + cluster.servers.get(0).port()
                        + "\\C$\\ProgramData\\Inedo\\SharedConfig\\ProGet.config");

        KeyPlan plan = service.plan(inspection, KeyRequest.adoptExisting().adoptingFrom("node-1"));
        CheckResult consistent = result(plan.results(), "key.consistent", KeyService.CLUSTER_TARGET);
        assertThat(consistent.status()).isEqualTo(Status.FAIL);
        assertThat(consistent.summary()).contains("node-2 differs");
        assertThat(result(plan.results(), "key.plan", "node-3").summary()).contains("EncryptionKey added");
        assertThat(plan.canApply()).isTrue();
        assertThat(plan.changes().get(1).diff()).containsExactly(
                "--- " + plan.changes().get(1).where(), "+++ " + plan.changes().get(1).where() + " (planned)",
                "@@ line 4 @@",
                "-  <EncryptionKey>[key " + EncryptionKeys.fingerprint(Secret.of(SambaCluster.KEY_B)) + "]</EncryptionKey>",
                "+  <EncryptionKey>[key " + plan.fingerprint() + "]</EncryptionKey>");

        List<NodeApplyResult> applied = service.apply(plan, Optional.empty(), KeyApplyListener.NONE);
        assertThat(applied).extracting(NodeApplyResult::result).containsExactly(Result.UNCHANGED, Result.APPLIED, Result.APPLIED);

        assertThat(Files.readAllBytes(cluster.config(0))).isEqualTo(before[0]);
        assertThat(Files.readString(cluster.config(1))).isEqualTo(SambaCluster.NODE_2.replace(SambaCluster.KEY_B, SambaCluster.KEY_A));
        assertThat(Files.readAllBytes(cluster.config(2))).isEqualTo(SambaCluster.withBom(SambaCluster.NODE_3.replace(
                ";</PostgresConnectionString>", ";</PostgresConnectionString>\r\n\t<EncryptionKey>" + SambaCluster.KEY_A + "</EncryptionKey>")));

        String stamp = BackupNames.stamp(CLOCK);
        assertThat(Files.readAllBytes(cluster.folders.get(1).resolve("ProGet.config." + stamp + ".bak"))).isEqualTo(before[1]);
        assertThat(Files.readAllBytes(cluster.folders.get(2).resolve("ProGet.config." + stamp + ".bak"))).isEqualTo(before[2]);
        assertThat(applied.get(1).backup()).isEqualTo("ProGet.config." + stamp + ".bak");
        assertThat(listing(0)).containsExactly("ProGet.config");
        assertThat(service.backups(cluster.node(2))).containsExactly("ProGet.config." + stamp + ".bak");

        KeyPlan after = service.plan(service.inspect(), KeyRequest.adoptExisting());
        assertThat(result(after.results(), "key.consistent", KeyService.CLUSTER_TARGET).status()).isEqualTo(Status.PASS);
        assertThat(after.changes()).allMatch(change -> change.action() == NodeKeyChange.Action.NO_CHANGE);

        List<NodeApplyResult> restored = service.restore(applied, KeyApplyListener.NONE);
        assertThat(restored).extracting(NodeApplyResult::target).containsExactly("node-2", "node-3");
        assertThat(restored).allMatch(r -> r.result() == Result.RESTORED);
        for (int i = 0; i < 3; i++) {
            assertThat(Files.readAllBytes(cluster.config(i))).isEqualTo(before[i]);
        }
    }

    @Test
    void twoMatchingKeysAndOneDifferentAdoptTheCommonKeyByDefault() throws Exception {
        cluster.twoMatchingOneDifferent();
        byte[] node3 = Files.readAllBytes(cluster.config(2));
        KeyService service = service();
        KeyPlan plan = service.plan(service.inspect(), KeyRequest.adoptExisting());
        CheckResult consistent = result(plan.results(), "key.consistent", KeyService.CLUSTER_TARGET);
        assertThat(consistent.status()).isEqualTo(Status.FAIL);
        assertThat(consistent.summary()).contains("node-2 differs").doesNotContain("node-1 differ").doesNotContain("node-3 differ");
        assertThat(consistent.evidence()).containsEntry("oddNodes", "node-2");
        assertThat(plan.basis()).contains("adopted from node-1").contains("2 of 3 nodes");

        List<NodeApplyResult> applied = service.apply(plan, Optional.empty(), KeyApplyListener.NONE);
        assertThat(applied).extracting(NodeApplyResult::result).containsExactly(Result.UNCHANGED, Result.APPLIED, Result.UNCHANGED);
        assertThat(Files.readAllBytes(cluster.config(2))).isEqualTo(node3);
        KeyPlan after = service.plan(service.inspect(), KeyRequest.adoptExisting());
        assertThat(result(after.results(), "key.consistent", KeyService.CLUSTER_TARGET).summary())
                .isEqualTo("All 3 nodes use the key " + plan.fingerprint() + ".");
    }

    @Test
    void aWrongPasswordIsAClearLogonFailureAndNothingIsWrittenAnywhere() throws Exception {
        cluster.secrets.put(cluster.profile.getId(), NodeConfigFolders.passwordRef(cluster.node(1)), Secret.of("not-it"));
        assertRefusedWithNothingWritten("STATUS_LOGON_FAILURE", "cwadmin");
    }

    @Test
    void aMissingShareIsAClearErrorAndNothingIsWrittenAnywhere() throws Exception {
        cluster.node(1).setConfigShare("D$");
        assertRefusedWithNothingWritten("There is no share \\\\127.0.0.1\\D$", "STATUS_BAD_NETWORK_NAME");
    }

    @Test
    void aMissingFileIsAClearErrorAndNothingIsWrittenAnywhere() throws Exception {
        Files.delete(cluster.config(1));
        assertRefusedWithNothingWritten("ProGet.config does not exist", "installed");
    }

    @Test
    void aReadOnlyShareIsFoundWhilePlanningAndNothingIsWrittenAnywhere() throws Exception {
        cluster.node(1).setConfigShare("RO$");
        Map<String, String> before = cluster.snapshot();
        KeyService service = service();
        KeyPlan plan = service.plan(service.inspect(), KeyRequest.adoptExisting().adoptingFrom("node-1"));
        assertThat(result(plan.results(), "key.plan", "node-2").status()).isEqualTo(Status.FAIL);
        assertThat(result(plan.results(), "key.plan", "node-2").summary()).contains("STATUS_ACCESS_DENIED").contains("read-only");
        assertThat(plan.canApply()).isFalse();
        assertThatThrownBy(() -> service.apply(plan, Optional.empty(), KeyApplyListener.NONE))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("nothing was written");
        assertThat(cluster.snapshot()).isEqualTo(before);
    }

    @Test
    void malformedXmlIsAClearErrorAndNothingIsWrittenAnywhere() throws Exception {
        Files.writeString(cluster.config(1), "<InedoAppConfig>\n  <EncryptionKey>" + SambaCluster.KEY_B + "\n</InedoAppConfig>\n");
        assertRefusedWithNothingWritten("not well-formed XML at line 3, column 3", "EncryptionKey");
    }

    private static void assertRefusedWithNothingWritten(String... expected) throws Exception {
        Map<String, String> before = cluster.snapshot();
        KeyService service = service();
        KeyInspection inspection = service.inspect();
        CheckResult read = result(inspection.results(), "key.read", "node-2");
        assertThat(read.status()).isEqualTo(Status.FAIL);
        assertThat(read.summary()).contains(expected);
        assertThat(read.remedy()).isNotBlank();
        assertThat(read.summary() + read.remedy() + read.evidence()).doesNotContain(SambaCluster.KEY_B)
                .doesNotContain(cluster.servers.get(1).password());
        KeyPlan plan = service.plan(inspection, KeyRequest.adoptExisting().adoptingFrom("node-1"));
        assertThat(plan.canApply()).isFalse();
        assertThat(plan.blockers()).extracting(NodeKeyChange::target).containsExactly("node-2");
        assertThatThrownBy(() -> service.apply(plan, Optional.empty(), KeyApplyListener.NONE))
                .isInstanceOf(IllegalStateException.class);
        assertThat(cluster.snapshot()).isEqualTo(before);
    }

    @Test
    void aFailedRenameLeavesTheOriginalIntactAndTheApplyStopsThere() throws Exception {
        byte[] original = Files.readAllBytes(cluster.config(1));
        byte[] third = Files.readAllBytes(cluster.config(2));
        NodeConfigFolders real = new NodeConfigFolders(cluster.profile.getId(), cluster.secrets, TIMEOUT);
        ConfigFolderOpener renameFailsOnNode2 = (node, product) -> {
            ConfigFolder folder = real.open(node, product);
            return node.getName().equals("node-2") ? new RenameFails(folder) : folder;
        };
        KeyService service = service(renameFailsOnNode2);
        KeyPlan plan = service.plan(service.inspect(), KeyRequest.adoptExisting().adoptingFrom("node-1"));
        List<String> progress = new java.util.ArrayList<>();
        List<NodeApplyResult> applied = service.apply(plan, Optional.empty(), new KeyApplyListener() {
            @Override
            public void started(String target, int index, int total) {
                progress.add("start " + target + " " + (index + 1) + "/" + total);
            }

            @Override
            public void finished(NodeApplyResult result, int index, int total) {
                progress.add(result.target() + " " + result.result());
            }
        });
        assertThat(progress).containsExactly("start node-1 1/3", "node-1 UNCHANGED", "start node-2 2/3", "node-2 FAILED",
                "start node-3 3/3", "node-3 SKIPPED");
        assertThat(applied.get(1).message()).contains("simulated").contains("The original file was not changed");
        assertThat(Files.readAllBytes(cluster.config(1))).isEqualTo(original);
        assertThat(listing(1)).containsExactly("ProGet.config");
        assertThat(applied.get(2).message()).isEqualTo("Not written: the apply stopped after node-2 failed.");
        assertThat(Files.readAllBytes(cluster.config(2))).isEqualTo(third);
        assertThat(listing(2)).containsExactly("ProGet.config");
    }

    private static List<String> listing(int index) throws Exception {
        try (Stream<Path> files = Files.list(cluster.folders.get(index))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The injected failure: every operation works except the rename that would replace the original. */
    private record RenameFails(ConfigFolder inner) implements ConfigFolder {
        @Override
        public String describe(String fileName) {
            return inner.describe(fileName);
        }

        @Override
        public byte[] read(String fileName) throws NodeAccessException {
            return inner.read(fileName);
        }

        @Override
        public boolean exists(String fileName) throws NodeAccessException {
            return inner.exists(fileName);
        }

        @Override
        public void checkWritable(String fileName) throws NodeAccessException {
            inner.checkWritable(fileName);
        }

        @Override
        public List<String> list() throws NodeAccessException {
            return inner.list();
        }

        @Override
        public void create(String fileName, byte[] content) throws NodeAccessException {
            inner.create(fileName, content);
        }

        @Override
        public void replace(String from, String to) throws NodeAccessException {
            throw new NodeAccessException(NodeAccessException.Problem.IO, "Renaming " + from + " over " + to
                    + " failed (simulated).", "Try again.");
        }

        @Override
        public void delete(String fileName) throws NodeAccessException {
            inner.delete(fileName);
        }

        @Override
        public void close() {
            inner.close();
        }
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
