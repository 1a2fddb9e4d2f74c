package org.clusterwright.keys;

import org.clusterwright.check.CheckResult;
import org.clusterwright.check.CheckRunner;
import org.clusterwright.check.Status;
import org.clusterwright.check.TargetChecks;
import org.clusterwright.engine.CheckPlanner;
import org.clusterwright.engine.Step;
import org.clusterwright.nodes.ConfigFolderOpener;
import org.clusterwright.nodes.NodeAccessException;
import org.clusterwright.nodes.NodeConfigFolders;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.secrets.InMemorySecretStore;
import org.clusterwright.secrets.Secret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/** key.consistent as part of 'check --step key': judged after every node's key.read, never PASS unproven. */
class KeyConsistencyCheckTest {
    private static final String KEY_A = "1fa97faa42744155a879c056a70c11a7";
    private static final String KEY_B = "37D27A670394F7D82CE57F1F07D69747";
    private static final Duration DEADLINE = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    private final Profile profile = new Profile();
    private final InMemorySecretStore secrets = new InMemorySecretStore();

    private void nodesWithKeys(String... keys) throws Exception {
        List<ClusterNode> nodes = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            Path folder = Files.createDirectories(dir.resolve("node-" + (i + 1)));
            if (keys[i] != null) {
                Files.writeString(folder.resolve("ProGet.config"), "<InedoAppConfig>\n  <EncryptionKey>" + keys[i]
                        + "</EncryptionKey>\n</InedoAppConfig>\n");
            }
            ClusterNode node = new ClusterNode("node-" + (i + 1), "h" + i, NodeAccess.WINDOWS_SMB, null);
            node.setLocalConfigFolder(folder.toString());
            nodes.add(node);
        }
        profile.setProduct(Product.PROGET);
        profile.setNodes(nodes);
    }

    private List<CheckResult> checkKeyStep() throws InterruptedException {
        List<TargetChecks> plan = new CheckPlanner(DEADLINE).plan(profile, secrets, List.of(Step.ENCRYPTION_KEY));
        return new CheckRunner(DEADLINE).runAll(plan);
    }

    private static CheckResult consistent(List<CheckResult> results) {
        return results.stream().filter(r -> r.id().value().equals("key.consistent")).findFirst().orElseThrow();
    }

    @Test
    void theCheckPlanJudgesConsistencyForTheClusterAfterTheReads() throws Exception {
        nodesWithKeys(KEY_A, KEY_B, KEY_A);

        List<CheckResult> results = checkKeyStep();

        assertThat(results).extracting(r -> r.id() + "@" + r.target()).containsExactly("input.nodes@profile", "input.encryption-key@profile",
                "key.read@node-1", "key.read@node-2", "key.read@node-3", "key.consistent@cluster");
        CheckResult consistent = consistent(results);
        assertThat(consistent.status()).isEqualTo(Status.FAIL);
        assertThat(consistent.summary()).contains("node-2 differs from " + fingerprint(KEY_A));
        assertThat(consistent.evidence()).containsEntry("oddNodes", "node-2");
    }

    @Test
    void oneKeyEverywherePassesAndLowerOrUpperCaseIsTheSameKey() throws Exception {
        nodesWithKeys(KEY_B, KEY_B.toLowerCase(), KEY_B);

        CheckResult consistent = consistent(checkKeyStep());

        assertThat(consistent.status()).isEqualTo(Status.PASS);
        assertThat(consistent.summary()).isEqualTo("All 3 nodes use the key " + fingerprint(KEY_B) + ".");
    }

    @Test
    void oneKeyEverywhereThatIsNotTheProfilesKeyFails() throws Exception {
        nodesWithKeys(KEY_B, KEY_B);
        profile.getEncryptionKey().setFingerprint(fingerprint(KEY_A));

        CheckResult consistent = consistent(checkKeyStep());

        assertThat(consistent.status()).isEqualTo(Status.FAIL);
        assertThat(consistent.summary()).contains("not the profile's key " + fingerprint(KEY_A))
                .contains("node-1, node-2 differ");
    }

    @Test
    void aNodeThatCannotBeReadLeavesItUnprovenNotPassed() throws Exception {
        nodesWithKeys(KEY_A, null, KEY_A);

        List<CheckResult> results = checkKeyStep();

        assertThat(results).filteredOn(r -> r.target().equals("node-2")).singleElement()
                .satisfies(read -> assertThat(read.status()).isEqualTo(Status.FAIL));
        assertThat(consistent(results).status()).isEqualTo(Status.ERROR);
        assertThat(consistent(results).summary()).isEqualTo("Not proven: node-2 could not be read.");
    }

    @Test
    void aReadCutOffAtItsDeadlineIsWaitedForAndLeavesItUnproven() throws Exception {
        nodesWithKeys(KEY_A, KEY_A);
        CountDownLatch never = new CountDownLatch(1);
        NodeConfigFolders real = new NodeConfigFolders(profile.getId(), secrets, DEADLINE);
        ConfigFolderOpener node2Hangs = (node, product) -> {
            if (node.getName().equals("node-2")) {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new NodeAccessException(NodeAccessException.Problem.IO, "Interrupted.", "None.");
                }
            }
            return real.open(node, product);
        };
        // node-1's real read must finish within it on a loaded two-core machine; node-2's never does, so the test
        // waits it out once
        Duration deadline = Duration.ofSeconds(3);
        KeyService service = new KeyService(profile, secrets, node2Hangs, deadline, Clock.systemUTC());

        List<TargetChecks> plan = service.checks();
        List<CheckResult> results;
        try {
            results = new CheckRunner(deadline).runAll(plan);
        } finally {
            never.countDown();
        }

        assertThat(plan.get(2).after()).isEqualTo(Set.of("node-1", "node-2"));
        assertThat(results).extracting(CheckResult::status).containsExactly(Status.PASS, Status.ERROR, Status.ERROR);
        assertThat(results.get(1).summary()).contains("deadline");
        assertThat(results.get(2).summary()).isEqualTo("Not proven: node-2 could not be read.");
    }

    @Test
    void aProfileWithoutNodesHasNoConsistencyToJudge() {
        assertThat(KeyService.forProfile(profile, secrets, DEADLINE).checks()).isEmpty();
    }

    private static String fingerprint(String key) {
        return EncryptionKeys.fingerprint(Secret.of(key));
    }
}
