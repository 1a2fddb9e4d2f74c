package org.clusterwright.cluster;

import org.clusterwright.check.CheckResult;
import org.clusterwright.check.CheckRunner;
import org.clusterwright.check.Status;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.NodeRole;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.ProfileStore;
import org.clusterwright.profile.VersionLine;
import org.clusterwright.profile.WebHosting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HaChecklistTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-01T10:15:30Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void eachVersionLineHasItsOwnItemsWithALinkToTheAdministrationPage() {
        assertThat(keys(profile(VersionLine.V2025_AND_NEWER))).containsExactly("enable-ha", "restart");
        assertThat(keys(profile(VersionLine.V2023_TO_2024))).containsExactly("enable-ha", "messenger-port@n1",
                "messenger-port@n2", "restart");
        assertThat(keys(profile(VersionLine.V2022))).containsExactly("enable-load-balancing", "enable-ha-mode",
                "messenger-endpoint", "messenger-port@n1", "node-messenger-endpoint@n1", "messenger-port@n2",
                "node-messenger-endpoint@n2", "restart");
        // ProGet 5.3's guide: Enable Load Balancing, the TCP messenger, Enable High Availability Mode, the machine key
        assertThat(keys(profile(VersionLine.PROGET_5_3_AND_OLDER))).containsExactly("enable-load-balancing",
                "enable-ha-mode", "messenger-endpoint", "messenger-port@n1", "machine-key@n1", "messenger-port@n2",
                "machine-key@n2", "restart");
        assertThat(new HaChecklist(profile(VersionLine.PROGET_5_3_AND_OLDER)).items().get(2).text())
                .contains("Service.MessengerEndpoint to tcp://*:33237");

        HaItem enable = new HaChecklist(profile(VersionLine.V2025_AND_NEWER)).items().get(0);
        assertThat(enable.link()).isEqualTo("http://n1:8624/administration");
        assertThat(enable.text()).contains("Enable High-Availability (Automatic Fail-over)").contains("Heartbeat 30 s");
        HaItem endpoint = new HaChecklist(profile(VersionLine.V2022)).items().get(4);
        assertThat(endpoint.text()).contains("tcp://n1.corp:33237");
        HaItem restart = new HaChecklist(profile(VersionLine.PROGET_5_3_AND_OLDER)).items().get(7);
        assertThat(restart.text()).startsWith("Restart INEDOPROGETSVC and the IIS application pool ProGetAppPool on n1,"
                + " n2, n3");
    }

    @Test
    void containerNodesGetNoWindowsItemsAndKubernetesPodsGetInedosTips() {
        Profile profile = profile(VersionLine.PROGET_5_3_AND_OLDER);
        profile.getNodes().forEach(n -> n.setAccess(NodeAccess.DOCKER));
        List<HaItem> items = new HaChecklist(profile).items();
        assertThat(items).extracting(HaItem::key).doesNotContain("machine-key@n1", "machine-key@n2", "iis-hosting");
        assertThat(items).filteredOn(i -> i.key().equals("messenger-port@n1")).singleElement()
                .satisfies(i -> assertThat(i.text()).contains("-p 33237:33237"));
        assertThat(items.get(items.size() - 1).text()).startsWith("Restart the ProGet container on n1, n2, n3");

        Profile pods = profile(VersionLine.V2025_AND_NEWER);
        pods.getNodes().forEach(n -> {
            n.setAccess(NodeAccess.KUBERNETES);
            n.setWorkload("statefulset/proget");
        });
        assertThat(keys(pods)).containsExactly("enable-ha", "k8s-same-key", "k8s-fixed-pods", "k8s-one-pod-per-server",
                "k8s-eviction", "k8s-no-auto-restart", "k8s-activation", "restart");
        assertThat(new HaChecklist(pods).items()).filteredOn(i -> i.key().equals("k8s-no-auto-restart")).singleElement()
                .satisfies(i -> assertThat(i.text()).contains("no livenessProbe on /health"));
    }

    @Test
    void linesWhoseGuideBalancesOnlyIisAskForItAndProGetAsksForTheBalancersBaseUrl() {
        Profile profile = profile(VersionLine.BEFORE_2022);
        profile.getHighAvailability().setWebHosting(WebHosting.WEB_SERVICE);
        profile.getLoadBalancer().setUrl("https://proget.corp/");
        List<String> keys = keys(profile);
        assertThat(keys.get(0)).isEqualTo("iis-hosting");
        assertThat(keys).contains("web-base-url");
        assertThat(new HaChecklist(profile).items().get(0).text()).contains("only supported with IIS");

        profile.getHighAvailability().setWebHosting(WebHosting.IIS);
        assertThat(keys(profile)).doesNotContain("iis-hosting");
    }

    @Test
    void ticksAreKeptInTheProfileAcrossASaveAndTheCheckReportsWhatIsOpen() throws Exception {
        Profile profile = profile(VersionLine.V2025_AND_NEWER);
        HaChecklist checklist = new HaChecklist(profile, CLOCK);
        checklist.tick("enable-ha");
        Path file = dir.resolve("p.json");
        new ProfileStore().save(profile, file);
        Profile loaded = new ProfileStore().load(file);

        List<HaItem> items = new HaChecklist(loaded).items();
        assertThat(items.get(0).confirmedAt()).contains("2026-09-01T10:15:30Z");
        assertThat(items.get(1).confirmed()).isFalse();
        CheckResult open = run(loaded);
        assertThat(open.status()).isEqualTo(Status.WARN);
        assertThat(open.summary()).contains("1 of 2").contains("restart");
        assertThat(open.evidence()).containsEntry("enable-ha", "done 2026-09-01T10:15:30Z").containsEntry("restart", "open");

        new HaChecklist(loaded, CLOCK).tick("restart");
        assertThat(run(loaded).status()).isEqualTo(Status.PASS);
        new HaChecklist(loaded, CLOCK).untick("restart");
        assertThat(run(loaded).status()).isEqualTo(Status.WARN);
        assertThatThrownBy(() -> checklist.tick("messenger-port@n1")).hasMessageContaining("no HA item");
    }

    @Test
    void theMessengerPortIsTriedOnServiceNodesOfTheLinesThatUseIt() throws Exception {
        try (ServerSocket open = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Profile profile = profile(VersionLine.V2023_TO_2024);
            profile.getNodes().forEach(n -> n.setHost("127.0.0.1"));
            profile.getNodes().get(1).setRoles(EnumSet.of(NodeRole.WEB));
            List<CheckResult> results = new CheckRunner(Duration.ofSeconds(2))
                    .runAll(HaChecks.forProfile(profile, open.getLocalPort()));
            assertThat(results).filteredOn(r -> r.id().equals(MessengerCheck.ID))
                    .singleElement().satisfies(r -> {
                        assertThat(r.target()).isEqualTo("n1");
                        assertThat(r.status()).isEqualTo(Status.PASS);
                    });

            int closed = open.getLocalPort();
            open.close();
            CheckResult refused = new CheckRunner(Duration.ofSeconds(2)).runAll(HaChecks.forProfile(profile, closed)).get(0);
            assertThat(refused.status()).isEqualTo(Status.WARN);
            assertThat(refused.remedy()).contains("Open TCP " + closed);
        }
        assertThat(HaChecks.forProfile(profile(VersionLine.V2025_AND_NEWER))).extracting(t -> t.target())
                .containsExactly(HaChecks.CLUSTER_TARGET);
    }

    private static CheckResult run(Profile profile) throws InterruptedException {
        return new CheckRunner(Duration.ofSeconds(2)).runAll(HaChecks.forProfile(profile)).stream()
                .filter(r -> r.id().equals(HaChecklistCheck.ID)).findFirst().orElseThrow();
    }

    private static List<String> keys(Profile profile) {
        return new HaChecklist(profile).items().stream().map(HaItem::key).toList();
    }

    private static Profile profile(VersionLine line) {
        Profile profile = new Profile();
        profile.setName("ha");
        profile.setProduct(Product.PROGET);
        profile.setVersionLine(line);
        ClusterNode drained = new ClusterNode("n3", "n3.corp", NodeAccess.WINDOWS_SMB, "http://n3:8624/");
        drained.setHaEnabled(false);
        profile.setNodes(List.of(new ClusterNode("n1", "n1.corp", NodeAccess.WINDOWS_SMB, "http://n1:8624/"),
                new ClusterNode("n2", "n2.corp", NodeAccess.WINDOWS_SMB, "http://n2:8624/"), drained));
        return profile;
    }
}
