package org.clusterwright.cluster.verify;

import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Status;
import org.clusterwright.keys.NodeKeyReading;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.VersionLine;
import org.clusterwright.secrets.Secret;
import org.clusterwright.testing.BlackHole;
import org.clusterwright.testing.SimulatedNode;
import org.clusterwright.testing.SimulatedNode.Format;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The verify checks against simulated nodes answering /health in each documented format. */
class VerifyNodesTest {

    @Test
    void healthyNodesOfMixedFormatsPassWithTheirStatusesAndOneVersion() throws Exception {
        try (SimulatedNode a = new SimulatedNode("a", Format.PROGET_2026).version("25.0.14");
             SimulatedNode b = new SimulatedNode("b", Format.PROGET_2025);
             SimulatedNode c = new SimulatedNode("c", Format.PROGET_2025)) {
            VerifyRun run = new VerifyRun(Product.PROGET, VersionLine.V2025_AND_NEWER);
            run.add(a);
            run.add(b);
            run.add(c);
            run.run();

            for (String node : new String[] {"a", "b", "c"}) {
                CheckResult health = run.result(VerifyPlan.HEALTH, node);
                assertThat(health.status()).as(health.summary()).isEqualTo(Status.PASS);
                assertThat(health.evidence()).containsEntry("database", "OK").containsEntry("license", "OK")
                        .containsEntry("service", "OK").containsEntry("version", "25.0.14");
            }
            assertThat(run.result(VerifyPlan.HEALTH, "a").evidence()).containsEntry("format", "PLAIN_TEXT");
            CheckResult version = run.result(VerifyPlan.VERSION);
            assertThat(version.status()).isEqualTo(Status.PASS);
            assertThat(version.summary()).contains("All 3 nodes run 25.0.14");
            assertThat(run.rows()).extracting(NodeRow::health).containsOnly(NodeRow.Health.HEALTHY);
            assertThat(run.rows()).extracting(NodeRow::version).containsOnly("25.0.14");
        }
    }

    @Test
    void aStoppedServiceAnOddVersionADeadSocketAndARefusingNodeAreEachNamed() throws Exception {
        try (SimulatedNode good = new SimulatedNode("good", Format.PROGET_2025);
             SimulatedNode down = new SimulatedNode("down", Format.PROGET_2025).serviceDown(true);
             SimulatedNode odd = new SimulatedNode("odd", Format.PROGET_2025).version("25.0.13");
             SimulatedNode off = new SimulatedNode("off", Format.PROGET_2025);
             BlackHole hole = new BlackHole()) {
            VerifyRun run = new VerifyRun(Product.PROGET, VersionLine.V2025_AND_NEWER);
            run.add(good);
            run.add(down);
            run.add(odd);
            run.add(off);
            run.add("hole", "http://127.0.0.1:" + hole.port() + "/");
            off.stop();
            run.run();

            CheckResult service = run.result(VerifyPlan.HEALTH, "down");
            assertThat(service.status()).isEqualTo(Status.FAIL);
            assertThat(service.summary()).contains("service Error");
            assertThat(service.remedy()).contains("INEDOPROGETSVC");
            assertThat(service.evidence()).containsEntry("service", "Error").containsEntry("database", "OK");
            assertThat(run.result(VerifyPlan.HEALTH, "hole").summary()).contains("No answer");
            assertThat(run.result(VerifyPlan.HEALTH, "hole").status()).isEqualTo(Status.FAIL);
            assertThat(run.result(VerifyPlan.HEALTH, "off").summary()).contains("refused");
            CheckResult version = run.result(VerifyPlan.VERSION);
            assertThat(version.status()).isEqualTo(Status.FAIL);
            assertThat(version.summary()).startsWith("odd runs another version than 25.0.14");
            assertThat(version.evidence()).containsEntry("oddNodes", "odd");
            assertThat(run.rows()).extracting(NodeRow::target, NodeRow::health).contains(
                    org.assertj.core.groups.Tuple.tuple("hole", NodeRow.Health.UNREACHABLE),
                    org.assertj.core.groups.Tuple.tuple("down", NodeRow.Health.UNHEALTHY));
        }
    }

    @Test
    void aSlowNodeCostsItsTimeoutAndTheVersionStaysUnproven() throws Exception {
        try (SimulatedNode quick = new SimulatedNode("quick", Format.BUILDMASTER);
             SimulatedNode slow = new SimulatedNode("slow", Format.BUILDMASTER).delay(Duration.ofSeconds(4))) {
            VerifyRun run = new VerifyRun(Product.BUILDMASTER, VersionLine.V2023_TO_2024);
            run.add(quick);
            run.add(slow);
            run.run();

            assertThat(run.result(VerifyPlan.HEALTH, "quick").status()).isEqualTo(Status.PASS);
            assertThat(run.result(VerifyPlan.HEALTH, "slow").status()).isEqualTo(Status.FAIL);
            assertThat(run.result(VerifyPlan.HEALTH, "slow").summary()).contains("No answer");
            CheckResult version = run.result(VerifyPlan.VERSION);
            assertThat(version.status()).isEqualTo(Status.ERROR);
            assertThat(version.summary()).contains("slow").contains("unknown");
        }
    }

    @Test
    void otterWithoutAHealthEndpointIsProvenUpByItsWebRootAndNothingMore() throws Exception {
        try (SimulatedNode otter = new SimulatedNode("otter", Format.OTTER)) {
            VerifyRun run = new VerifyRun(Product.OTTER, VersionLine.V2025_AND_NEWER);
            run.add(otter);
            run.run();

            CheckResult health = run.result(VerifyPlan.HEALTH, "otter");
            assertThat(health.status()).isEqualTo(Status.PASS);
            assertThat(health.summary()).contains("is up: its web root answered HTTP 200")
                    .contains("database and license are not reported");
            assertThat(health.evidence()).containsEntry("webRootStatus", "200");
            assertThat(run.result(VerifyPlan.VERSION).status()).isEqualTo(Status.SKIP);
            assertThat(run.rows().get(0).health()).isEqualTo(NodeRow.Health.NO_ENDPOINT);
        }
    }

    @Test
    void aDrainedNodesTroubleIsAWarningNotAFailure() throws Exception {
        try (SimulatedNode drained = new SimulatedNode("drained", Format.PROGET_2026).serviceDown(true)) {
            VerifyRun run = new VerifyRun(Product.PROGET, VersionLine.V2025_AND_NEWER);
            run.add(drained).setHaEnabled(false);
            run.run();

            CheckResult health = run.result(VerifyPlan.HEALTH, "drained");
            assertThat(health.status()).isEqualTo(Status.WARN);
            assertThat(health.evidence()).containsEntry("inCluster", "false").containsEntry("service", "Error");
        }
    }

    @Test
    void theKeyIsJudgedFromReadingsAndNeverPassesWithoutThem() throws Exception {
        try (SimulatedNode a = new SimulatedNode("a", Format.PROGET_2025);
             SimulatedNode b = new SimulatedNode("b", Format.PROGET_2025)) {
            VerifyRun run = new VerifyRun(Product.PROGET, VersionLine.V2025_AND_NEWER);
            ClusterNode nodeA = run.add(a);
            ClusterNode nodeB = run.add(b);

            assertThat(run.run().result(VerifyPlan.KEY).status()).isEqualTo(Status.SKIP);

            run.keyReadings.put("a", found(nodeA, "fp-1111"));
            assertThat(run.run().result(VerifyPlan.KEY).status()).as("b was not read").isEqualTo(Status.SKIP);

            run.keyReadings.put("b", found(nodeB, "fp-2222"));
            run.profile.getEncryptionKey().setFingerprint("fp-1111");
            CheckResult differ = run.run().result(VerifyPlan.KEY);
            assertThat(differ.status()).isEqualTo(Status.FAIL);
            assertThat(differ.summary()).startsWith("b uses another key than fp-1111");

            run.keyReadings.put("b", found(nodeB, "fp-1111"));
            CheckResult same = run.run().result(VerifyPlan.KEY);
            assertThat(same.status()).isEqualTo(Status.PASS);
            assertThat(run.rows()).extracting(NodeRow::keyFingerprint).containsOnly("fp-1111");

            run.keyReadings.put("b", new NodeKeyReading(nodeB, NodeKeyReading.State.UNREADABLE, "smb", Optional.empty(), "",
                    Optional.empty(), "Access denied.", "Check the password.", ""));
            CheckResult unreadable = run.run().result(VerifyPlan.KEY);
            assertThat(unreadable.status()).isEqualTo(Status.ERROR);
            assertThat(unreadable.summary()).contains("Access denied");
        }
    }

    private static NodeKeyReading found(ClusterNode node, String fingerprint) {
        return new NodeKeyReading(node, NodeKeyReading.State.FOUND, "test", Optional.of(Secret.of("00112233445566778899aabbccddeeff")),
                fingerprint, Optional.empty(), "", "", "");
    }
}
