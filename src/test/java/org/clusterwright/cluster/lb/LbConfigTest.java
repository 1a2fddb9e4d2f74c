package org.clusterwright.cluster.lb;

import org.clusterwright.profile.Profile;
import org.clusterwright.testing.NginxServer;
import org.clusterwright.testing.ProgramRequirements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The generated balancer configs: what they say, and that nginx and HAProxy themselves accept them. */
class LbConfigTest {
    @TempDir
    Path folder;

    private final Profile profile = drained(LbProfiles.of("http://proget.corp.local/",
            "node-1", "http://10.0.0.1:8624/", "node-2", "http://10.0.0.2:8624/", "node 3", "http://10.0.0.3:8624/"));

    @Test
    void nginxListsTheNodesMarksTheDrainedOneDownAndNamesTheServingNode() throws Exception {
        String config = LbConfigKind.NGINX.generate(profile);

        assertThat(config).contains("server 10.0.0.1:8624 max_fails=1 fail_timeout=10s;")
                .contains("server 10.0.0.3:8624 down;  # node 3: drained")
                .contains("\"~(^|,\\s*)10\\.0\\.0\\.2:8624$\" node-2;")
                .contains("add_header X-Served-By $clusterwright_proget_build_feeds_node always;")
                .contains("listen 80;").contains("server_name proget.corp.local;");
        assertThat(directives(config)).doesNotContain("ip_hash").doesNotContain("sticky").doesNotContain("hash ");
        NginxServer.test(folder, config);
    }

    @Test
    void haproxyChecksHealthHasNoAffinityCookieAndDisablesTheDrainedNode() throws Exception {
        String config = LbConfigKind.HAPROXY.generate(profile);

        assertThat(config).contains("option httpchk GET /health").contains("http-check expect status 200")
                .contains("balance roundrobin").contains("http-response set-header X-Served-By %[srv_name]")
                .contains("server node-1 10.0.0.1:8624 check inter 5s fall 2 rise 2\n")
                .contains("server node_3 10.0.0.3:8624 check inter 5s fall 2 rise 2 disabled");
        assertThat(directives(config)).doesNotContain("cookie").doesNotContain("stick");
        Path file = folder.resolve("haproxy.cfg");
        Files.writeString(file, config);
        Process check = new ProcessBuilder(ProgramRequirements.require("haproxy", "haproxy").toString(), "-c", "-f",
                file.toString()).redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(output).isZero();
    }

    @Test
    void arrSettingsTurnAffinityOffAndProbeHealth() {
        String text = LbConfigKind.ARR.generate(profile);

        assertThat(text).contains("/health").contains("leave \"Client affinity\" unticked")
                .contains("10.0.0.3, HTTP port 8624 (node 3): drained").contains("X-Served-By");
    }

    @Test
    void theProfilesOwnHeaderAndHttpsAreCarriedThrough() {
        Profile tls = LbProfiles.of("https://proget.corp.local/", "a", "https://a.corp:8625/", "b", "https://b.corp:8625/");
        tls.getLoadBalancer().setNodeHeader("X-Node");

        assertThat(LbConfigKind.NGINX.generate(tls)).contains("listen 443 ssl;").contains("proxy_pass https://")
                .contains("proxy_ssl_verify on;").contains("add_header X-Node ");
        assertThat(LbConfigKind.HAPROXY.generate(tls)).contains("ssl verify required").contains("set-header X-Node ");
    }

    @Test
    void profilesNoBalancerCanServeAreRefusedWithTheReason() {
        Profile mixed = LbProfiles.of("", "a", "http://a:8624/", "b", "https://b:8625/");
        assertThatThrownBy(() -> LbConfigKind.NGINX.generate(mixed)).hasMessageContaining("mix http and https");
        Profile allDrained = drained(LbProfiles.of("", "a", "http://a:8624/"), "a");
        assertThatThrownBy(() -> LbConfigKind.HAPROXY.generate(allDrained)).hasMessageContaining("Every node is drained");
        Profile noUrl = LbProfiles.of("", "a", "");
        assertThatThrownBy(() -> LbConfigKind.ARR.generate(noUrl)).hasMessageContaining("a has no base URL");
    }

    /** The config without its comment lines, which explain affinity in words the directives must not contain. */
    private static String directives(String config) {
        return config.lines().filter(line -> !line.strip().startsWith("#")).collect(java.util.stream.Collectors.joining("\n"));
    }

    private static Profile drained(Profile profile) {
        return drained(profile, "node 3");
    }

    private static Profile drained(Profile profile, String name) {
        LbProfiles.drain(profile, name);
        return profile;
    }
}
