package org.clusterwright.nodes;

import org.clusterwright.check.CheckResult;
import org.clusterwright.check.CheckRunner;
import org.clusterwright.check.Status;
import org.clusterwright.check.TargetChecks;
import org.clusterwright.engine.CheckPlanner;
import org.clusterwright.engine.Step;
import org.clusterwright.nodes.docker.StorageMountCheck;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.secrets.InMemorySecretStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * storage.mount: a container sees the shared storage only where its host maps it, at the image's path. Read from each
 * Docker node's compose file (short and long volume forms, bind mounts, named volumes of a share or of the host's own
 * disk); an env file or a Kubernetes pod says how to look instead; a cluster with Windows nodes beside containers is
 * told it cannot share one setting.
 */
class StorageMountCheckTest {
    private static final String SHARE = "\\\\files\\proget";

    @TempDir
    Path dir;

    @Test
    void eachFormOfMountIsJudgedAgainstWhereTheHostReachesTheShare() throws Exception {
        Path mount = Files.createDirectories(dir.resolve("mnt/proget"));
        assertThat(run(compose("bind.yml", "      - " + mount + ":/var/proget/packages"), mount.toString()))
                .satisfies(r -> assertThat(r.status()).isEqualTo(Status.PASS));
        assertThat(run(compose("relative.yml", "      - ./mnt/proget/:/var/proget/packages:rw"), mount.toString()).status())
                .isEqualTo(Status.PASS);

        CheckResult elsewhere = run(compose("other.yml", "      - /srv/pkgs:/var/proget/packages"), mount.toString());
        assertThat(elsewhere.status()).isEqualTo(Status.FAIL);
        assertThat(elsewhere.summary()).contains("maps /srv/pkgs to /var/proget/packages, but the profile says its host"
                + " reaches the share at " + mount);

        CheckResult none = run(compose("none.yml", "      - /srv/db:/var/proget/database"), SHARE);
        assertThat(none.status()).isEqualTo(Status.FAIL);
        assertThat(none.summary()).contains("Nothing is mounted at /var/proget/packages");

        Path local = Files.writeString(dir.resolve("local.yml"), """
                services:
                  proget:
                    image: proget.inedo.com/productimages/inedo/proget:25
                    volumes:
                      - type: volume
                        source: packages
                        target: /var/proget/packages
                volumes:
                  packages: {}
                """);
        CheckResult onItsOwn = run(local, SHARE);
        assertThat(onItsOwn.status()).isEqualTo(Status.FAIL);
        assertThat(onItsOwn.summary()).contains("in the Docker volume packages on its own host");

        Path cifs = Files.writeString(dir.resolve("cifs.yml"), """
                services:
                  proget:
                    image: proget.inedo.com/productimages/inedo/proget:25
                    volumes:
                      - packages:/var/proget/packages
                volumes:
                  packages:
                    driver: local
                    driver_opts:
                      type: cifs
                      device: //FILES/proget
                      o: username=svc,vers=3.0
                """);
        assertThat(run(cifs, SHARE).status()).isEqualTo(Status.PASS);
    }

    @Test
    void envFilesAndPodsSayHowToLookAndAMixedClusterIsToldItCannotWork() throws Exception {
        Path env = Files.writeString(dir.resolve("proget.env"), "PROGET_ENCRYPTION_KEY=x\n");
        ClusterNode docker = new ClusterNode("d1", "d1", NodeAccess.DOCKER, "http://d1:8624/");
        docker.setEnvFile(env.toString());
        CheckResult envOnly = run(docker, SHARE, "");
        assertThat(envOnly.status()).isEqualTo(Status.SKIP);
        assertThat(envOnly.summary()).contains("docker inspect -f").contains(SHARE + " -> /var/proget/packages");

        ClusterNode pod = new ClusterNode("p1", "p1", NodeAccess.KUBERNETES, "http://p1:8624/");
        pod.setWorkload("statefulset/proget");
        assertThat(run(pod, SHARE, "").summary()).contains("kubectl get statefulset/proget");

        Profile mixed = new Profile();
        mixed.setName("mixed");
        mixed.getStorage().setPath(dir.toString());
        mixed.setNodes(List.of(new ClusterNode("w1", "w1", NodeAccess.WINDOWS_SMB, "http://w1:8624/"), docker));
        List<TargetChecks> plan = new CheckPlanner(Duration.ofSeconds(5)).plan(mixed, new InMemorySecretStore(),
                List.of(Step.STORAGE));
        List<CheckResult> results = new CheckRunner(Duration.ofSeconds(5)).runAll(plan.stream()
                .filter(t -> t.target().equals("d1")).toList());
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(Status.FAIL);
            assertThat(r.summary()).startsWith("This cannot work as one cluster: Storage.PackagesRootPath is one value");
        });
    }

    private Path compose(String name, String volume) throws Exception {
        return Files.writeString(dir.resolve(name), "services:\n  proget:\n    image: proget.inedo.com/productimages/"
                + "inedo/proget:25\n    volumes:\n" + volume + "\n");
    }

    private CheckResult run(Path composeFile, String hostPath) throws InterruptedException {
        ClusterNode node = new ClusterNode("d1", "d1", NodeAccess.DOCKER, "http://d1:8624/");
        node.setEnvFile(composeFile.toString());
        return run(node, hostPath, "");
    }

    private static CheckResult run(ClusterNode node, String hostPath, String cannotShare) throws InterruptedException {
        return new CheckRunner(Duration.ofSeconds(5)).runAll(List.of(new TargetChecks(node.targetName(),
                List.of(new StorageMountCheck(node, Product.PROGET, hostPath, cannotShare))))).get(0);
    }
}
