package org.clusterwright.cluster.restart;

import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.VersionLine;
import org.clusterwright.profile.WebHosting;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RestartPlanTest {

    @Test
    void windowsNodesOf2025GetTheOneServiceAndAHealthWaitDrainedNodesFirst() {
        Profile profile = profile(Product.PROGET, VersionLine.V2025_AND_NEWER,
                windows("pg1"), windows("pg2"), drained(windows("pg3")));

        RestartPlan plan = RestartPlanner.plan(profile);

        assertThat(plan.steps()).extracting(RestartStep::target).containsExactly("pg3", "pg1", "pg2");
        assertThat(plan.steps().get(1).commands()).hasSize(2);
        assertThat(plan.steps().get(1).commands().get(0)).isEqualTo(
                "Invoke-Command -ComputerName 'pg1.corp' -ScriptBlock { Restart-Service -Name 'INEDOPROGETSVC' }");
        // the wait asks /health, falls back to the web root on a 404, and gives up after the deadline
        assertThat(plan.steps().get(1).commands().get(1))
                .startsWith("$deadline = (Get-Date).AddSeconds(180); do {")
                .contains("-Uri 'http://pg1.corp:8624/health').StatusCode -eq 200")
                .contains("StatusCode.value__ -eq 404", "-Uri 'http://pg1.corp:8624/').StatusCode -lt 400")
                .endsWith("if (-not $ok) { throw 'pg1 is not back after 180 s: stop here and look at it before"
                        + " restarting another node.' }");
        assertThat(plan.lines()).contains("# 1. pg3 (drained): PowerShell remoting", "# 2. pg1: PowerShell remoting");
    }

    @Test
    void aNodeWhoseConfigIsInALocalFolderIsRestartedOnThisMachineWithoutRemoting() {
        ClusterNode local = windows("pg1");
        local.setLocalConfigFolder("C:\\ProgramData\\Inedo\\SharedConfig");
        Profile profile = profile(Product.PROGET, VersionLine.V2025_AND_NEWER, local, windows("pg2"));

        List<RestartStep> steps = RestartPlanner.plan(profile).steps();

        assertThat(steps.get(0).commands().get(0)).isEqualTo("Restart-Service -Name 'INEDOPROGETSVC'");
        assertThat(steps.get(0).commands()).noneMatch(line -> line.contains("Invoke-Command"));
        assertThat(steps.get(0).how()).isEqualTo("PowerShell on this machine, which holds the node's config folder");
        assertThat(steps.get(1).commands().get(0)).startsWith("Invoke-Command -ComputerName 'pg2.corp'");
    }

    @Test
    void olderLinesRestartTheWebServiceTooWithTheirProductsNames() {
        Profile buildMaster = profile(Product.BUILDMASTER, VersionLine.V2023_TO_2024, windows("bm1"));
        assertThat(RestartPlanner.plan(buildMaster).steps().get(0).commands().get(0))
                .isEqualTo("Invoke-Command -ComputerName 'bm1.corp' -ScriptBlock { Restart-Service -Name 'INEDOBMSVC', 'INEDOBMWEBSVC' }");

        Profile otter = profile(Product.OTTER, VersionLine.V2022, windows("ot1"));
        assertThat(RestartPlanner.plan(otter).steps().get(0).commands().get(0)).contains("'INEDOOTTERSVC', 'INEDOOTTERWEBSVC'");

        Profile old = profile(Product.PROGET, VersionLine.PROGET_5_3_AND_OLDER, windows("old"));
        assertThat(RestartPlanner.plan(old).steps().get(0).commands().get(0)).isEqualTo("Invoke-Command -ComputerName"
                + " 'old.corp' -ScriptBlock { Restart-Service -Name 'INEDOPROGETSVC'; Import-Module WebAdministration;"
                + " Restart-WebAppPool -Name 'ProGetAppPool' }");
    }

    @Test
    void withIisHostingTheAppPoolIsRecycledAndNoWebServiceIsRestarted() {
        Profile iis = profile(Product.BUILDMASTER, VersionLine.V2023_TO_2024, windows("bm1"));
        iis.getHighAvailability().setWebHosting(WebHosting.IIS);
        iis.getHighAvailability().setAppPool("BM's pool");
        String line = RestartPlanner.plan(iis).steps().get(0).commands().get(0);
        assertThat(line).isEqualTo("Invoke-Command -ComputerName 'bm1.corp' -ScriptBlock { Restart-Service -Name"
                + " 'INEDOBMSVC'; Import-Module WebAdministration; Restart-WebAppPool -Name 'BM''s pool' }");
        assertThat(line).doesNotContain("INEDOBMWEBSVC");

        Profile optimized = profile(Product.PROGET, VersionLine.V2023_TO_2024, windows("pg1"));
        optimized.getHighAvailability().setWebHosting(WebHosting.ONE_SERVICE);
        assertThat(RestartPlanner.plan(optimized).steps().get(0).commands().get(0))
                .endsWith("{ Restart-Service -Name 'INEDOPROGETSVC' }");
    }

    @Test
    void dockerNodesRestartTheirContainerOrComposeFileAndWaitWithCurl() {
        ClusterNode compose = docker("d1");
        compose.setEnvFile("/srv/proget/docker-compose.yml");
        Profile profile = profile(Product.PROGET, VersionLine.V2025_AND_NEWER, compose, docker("d2"));

        List<RestartStep> steps = RestartPlanner.plan(profile).steps();

        assertThat(steps.get(0).commands()).contains("docker compose -f /srv/proget/docker-compose.yml restart");
        assertThat(steps.get(0).commands().get(2)).startsWith("ok=; end=$(( $(date +%s) + 180 ));")
                .contains("http://d1.corp:8624/health", "http://d1.corp:8624/ | grep -q '^[23]'")
                .endsWith("|| echo 'd1 is not back after 180 s: stop here and look at it before restarting another"
                        + " node.' >&2");
        assertThat(steps.get(1).commands()).contains("docker restart d2");
    }

    @Test
    void kubernetesPodsOfOneWorkloadAreOneRollingRestartBoundedByTheDeadline() {
        ClusterNode a = kubernetes("pod-a");
        ClusterNode b = kubernetes("pod-b");
        Profile profile = profile(Product.PROGET, VersionLine.V2025_AND_NEWER, a, b);
        profile.getLoadBalancer().setUrl("https://proget.corp/");

        RestartPlan plan = RestartPlanner.plan(profile);

        assertThat(plan.steps()).singleElement().satisfies(step -> {
            assertThat(step.commands()).containsExactly(
                    "# a rolling restart: one pod at a time, each waiting for its readiness probe before the next",
                    "kubectl rollout restart statefulset/proget -n inedo",
                    "kubectl rollout status statefulset/proget -n inedo --timeout=360s");
            assertThat(step.target()).isEqualTo("statefulset/proget");
            assertThat(step.how()).contains("pod-a, pod-b");
            assertThat(step.healthBaseUrl()).isEqualTo("https://proget.corp/");
        });
    }

    @Test
    void quotesInHostNamesCannotBreakOutOfTheCommand() {
        ClusterNode odd = windows("x");
        odd.setHost("x'; Remove-Item C:\\ -Recurse; '");
        String line = RestartPlanner.plan(profile(Product.PROGET, VersionLine.V2025_AND_NEWER, odd)).steps().get(0).commands().get(0);

        assertThat(line).contains("-ComputerName 'x''; Remove-Item C:\\ -Recurse; ''' -ScriptBlock");
    }

    static Profile profile(Product product, VersionLine line, ClusterNode... nodes) {
        Profile profile = new Profile();
        profile.setProduct(product);
        profile.setVersionLine(line);
        profile.setNodes(List.of(nodes));
        return profile;
    }

    private static ClusterNode windows(String name) {
        return new ClusterNode(name, name + ".corp", NodeAccess.WINDOWS_SMB, "http://" + name + ".corp:8624/");
    }

    private static ClusterNode docker(String name) {
        return new ClusterNode(name, name + ".corp", NodeAccess.DOCKER, "http://" + name + ".corp:8624/");
    }

    private static ClusterNode kubernetes(String name) {
        ClusterNode pod = new ClusterNode(name, name + ".corp", NodeAccess.KUBERNETES, "http://" + name + ".corp:8624/");
        pod.setWorkload("StatefulSet/proget");
        pod.setNamespace("inedo");
        return pod;
    }

    private static ClusterNode drained(ClusterNode node) {
        node.setHaEnabled(false);
        return node;
    }
}
