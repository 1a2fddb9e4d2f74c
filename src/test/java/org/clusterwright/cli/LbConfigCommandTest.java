package org.clusterwright.cli;

import org.clusterwright.check.ExitCodes;
import org.clusterwright.cluster.lb.LbProfiles;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.ProfileStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LbConfigCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesTheChosenConfigToAFileOrToStandardOutput() throws Exception {
        Path profile = save(LbProfiles.of("http://proget.corp/", "a", "http://10.0.0.1:8624/", "b", "http://10.0.0.2:8624/"));
        Path target = dir.resolve("cluster.cfg");

        Result written = run("lb-config", "--profile", profile.toString(), "--kind", "haproxy", "--out", target.toString());
        assertThat(written.code).isEqualTo(ExitCodes.ALL_PASSED);
        assertThat(Files.readString(target)).contains("server a 10.0.0.1:8624 check").contains("option httpchk GET /health");

        Result again = run("lb-config", "--profile", profile.toString(), "--kind", "haproxy", "--out", target.toString());
        assertThat(again.code).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(again.err).contains("--force");

        Result printed = run("lb-config", "--profile", profile.toString(), "--kind", "nginx");
        assertThat(printed.code).isEqualTo(ExitCodes.ALL_PASSED);
        assertThat(printed.out).contains("upstream clusterwright_proget_build_feeds {").contains("add_header X-Served-By");
    }

    @Test
    void aProfileNoBalancerCanServeIsRefusedWithTheReason() throws Exception {
        Path profile = save(LbProfiles.of("", "a", "http://a:8624/", "b", "https://b:8625/"));

        Result result = run("lb-config", "--profile", profile.toString(), "--kind", "nginx");
        assertThat(result.code).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(result.err).contains("mix http and https");
        assertThat(run("lb-config", "--profile", profile.toString(), "--kind", "f5").err).contains("nginx, haproxy or arr");
    }

    private Path save(Profile profile) throws Exception {
        Path file = dir.resolve("profile.json");
        new ProfileStore().save(profile, file);
        return file;
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineApp.execute(new PrintWriter(out, true), new PrintWriter(err, true), name -> null, args);
        return new Result(code, out.toString(), err.toString());
    }
}
