package org.clusterwright.keys;

import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Status;
import org.clusterwright.keys.NodeApplyResult.Result;
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
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A cluster of a Windows node read from a local folder, a Docker node and a manual node, without SMB. */
class KeyMixedNodesTest {
    private static final String KEY = "1fa97faa42744155a879c056a70c11a7";

    @TempDir
    Path dir;

    @Test
    void localDockerAndManualNodesEachGetWhatTheyNeed() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("win/SharedConfig"));
        Files.writeString(shared.resolve("Otter.config"), "<InedoAppConfig>\n  <EncryptionKey>" + KEY
                + "</EncryptionKey>\n</InedoAppConfig>\n");
        Path env = Files.writeString(dir.resolve("otter.env"), "OTTER_SQL_CONNECTION_STRING=Data Source=sql\n");

        Profile profile = new Profile();
        profile.setProduct(Product.OTTER);
        ClusterNode windows = new ClusterNode("win", "win.corp", NodeAccess.WINDOWS_SMB, null);
        windows.setLocalConfigFolder(shared.toString());
        ClusterNode docker = new ClusterNode("docker", "docker.corp", NodeAccess.DOCKER, null);
        docker.setEnvFile(env.toString());
        ClusterNode manual = new ClusterNode("by-hand", "by-hand.corp", NodeAccess.MANUAL, null);
        profile.setNodes(List.of(windows, docker, manual));
        InMemorySecretStore secrets = new InMemorySecretStore();
        KeyService service = KeyService.forProfile(profile, secrets, Duration.ofSeconds(5));

        KeyInspection inspection = service.inspect();
        assertThat(inspection.results()).extracting(CheckResult::status).containsExactly(Status.PASS, Status.WARN, Status.SKIP);
        assertThat(inspection.results().get(0).evidence()).containsEntry("source", shared.resolve("Otter.config").toString());

        KeyPlan plan = service.plan(inspection, KeyRequest.adoptExisting());
        assertThat(plan.decision()).isEqualTo(KeyPlan.Decision.ADOPT);
        assertThat(plan.changes()).extracting(NodeKeyChange::action).containsExactly(NodeKeyChange.Action.NO_CHANGE,
                NodeKeyChange.Action.EXPORT, NodeKeyChange.Action.MANUAL_INSTRUCTIONS);
        assertThat(result(plan, "key.consistent").status()).isEqualTo(Status.FAIL);

        Path export = dir.resolve("export");
        List<NodeApplyResult> applied = service.apply(plan, Optional.of(export), KeyApplyListener.NONE);
        assertThat(applied).extracting(NodeApplyResult::result).containsExactly(Result.UNCHANGED, Result.EXPORTED, Result.MANUAL);
        assertThat(Files.readString(export.resolve("otter.env"))).contains("OTTER_ENCRYPTION_KEY=" + KEY);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(export.resolve("otter.env")))).isEqualTo("rw-------");
        assertThat(applied.get(2).message()).contains(plan.fingerprint()).doesNotContain(KEY);

        service.remember(plan);
        assertThat(profile.getEncryptionKey().getFingerprint()).isEqualTo(plan.fingerprint());
        assertThat(secrets.get(profile.getId(), profile.getEncryptionKey().getKey()).orElseThrow().reveal()).isEqualTo(KEY);

        // once the user has entered the manual node's key, it is read like any other
        secrets.put(profile.getId(), NodeKeyReader.manualKeyRef(manual), Secret.of(KEY));
        docker.setEnvFile(export.resolve("otter.env").toString());
        KeyPlan after = service.plan(service.inspect(), KeyRequest.adoptExisting());
        assertThat(result(after, "key.consistent").status()).isEqualTo(Status.PASS);
    }

    @Test
    void aContainerThatSetsTheKeyAndItsFileTwinIsReadWithAWarningAndKubernetesPodsReadTheirSecret() throws Exception {
        Files.writeString(dir.resolve("key"), KEY);
        Path both = Files.writeString(dir.resolve("both.env"), "PROGET_ENCRYPTION_KEY=" + KEY
                + "\nPROGET_ENCRYPTION_KEY_FILE=./key\n");
        Path secret = Files.writeString(dir.resolve("proget-secret.yaml"), "apiVersion: v1\nkind: Secret\nmetadata:\n"
                + "  name: proget-cluster-settings\ntype: Opaque\nstringData:\n  PROGET_ENCRYPTION_KEY: " + KEY + "\n");
        ClusterNode docker = new ClusterNode("d1", "d1", NodeAccess.DOCKER, null);
        docker.setEnvFile(both.toString());
        ClusterNode pod = new ClusterNode("p1", "p1", NodeAccess.KUBERNETES, null);
        pod.setEnvFile(secret.toString());
        Profile profile = new Profile();
        profile.setProduct(Product.PROGET);
        profile.setNodes(List.of(docker, pod));

        KeyInspection inspection = KeyService.forProfile(profile, new InMemorySecretStore(), Duration.ofSeconds(5))
                .inspect();

        assertThat(inspection.results()).extracting(CheckResult::status).containsExactly(Status.WARN, Status.PASS);
        assertThat(inspection.results().get(0).summary()).contains("sets both PROGET_ENCRYPTION_KEY and"
                + " PROGET_ENCRYPTION_KEY_FILE (the same value)").doesNotContain(KEY);
        assertThat(inspection.results().get(1).evidence().get("source")).contains("Secret proget-cluster-settings");
        assertThat(inspection.readings()).allSatisfy(reading -> assertThat(reading.hasKey()).isTrue());
    }

    private static CheckResult result(KeyPlan plan, String id) {
        return plan.results().stream().filter(r -> r.id().value().equals(id)).findFirst().orElseThrow();
    }
}
