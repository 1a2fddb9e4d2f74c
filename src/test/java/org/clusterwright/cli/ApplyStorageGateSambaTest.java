package org.clusterwright.cli;

import org.clusterwright.check.ExitCodes;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.ProfileStore;
import org.clusterwright.testing.FakeProGet;
import org.clusterwright.testing.LocalConfigNodes;
import org.clusterwright.testing.SambaRequirements;
import org.clusterwright.testing.SambaServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * apply sets ProGet's storage path only on the proof of a storage probe of that path in the same run, against a
 * real Samba share and the simulated settings API: a missing folder stops it (nothing set, non-zero exit, the check
 * named), the created folder lets it set and read back the path, and a second apply writes nothing anywhere.
 */
@Timeout(180)
class ApplyStorageGateSambaTest {
    private static final String KEY = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    private static final String API_KEY = "Pg-Api-Key-27182";

    @TempDir
    Path dir;
    private SambaServer samba;
    private FakeProGet proget;
    private Path packages;
    private Path profile;
    private String path;

    @BeforeEach
    void cluster() throws Exception {
        SambaRequirements.assumeAvailable();
        packages = Files.createDirectories(dir.resolve("share"));
        samba = SambaServer.builder(dir.resolve("samba")).share("packages", packages).start();
        proget = FakeProGet.start(API_KEY);
        Profile cluster = new Profile();
        cluster.setName("Gated Storage");
        cluster.setProduct(Product.PROGET);
        path = "\\\\127.0.0.1\\packages\\proget";
        cluster.getStorage().setPath(path);
        cluster.getStorage().setSmbPort(samba.port());
        cluster.getStorage().setAccount(samba.user());
        List<ClusterNode> nodes = new ArrayList<>();
        for (String name : List.of("a", "b", "c")) {
            nodes.add(LocalConfigNodes.node(dir, name, KEY, proget.base().toString()));
        }
        cluster.setNodes(nodes);
        profile = dir.resolve("cluster.json");
        new ProfileStore().save(cluster, profile);
    }

    @AfterEach
    void stop() {
        if (proget != null) {
            proget.close();
        }
        if (samba != null) {
            samba.close();
        }
    }

    @Test
    void theStoragePathIsSetOnlyOnAProbeOfItInTheSameRun() throws Exception {
        Run missing = apply();
        assertThat(missing.exitCode()).as(missing.out()).isEqualTo(ExitCodes.FAILURES);
        assertThat(missing.out()).containsPattern("FAIL +storage.folder")
                .containsPattern("FAIL +storage.apply +proget +Not set: storage.folder FAIL");
        assertThat(proget.settings()).as("nothing was set").containsEntry("Storage.PackagesRootPath",
                FakeProGet.DEFAULT_PATH);
        assertThat(settingWrites()).isZero();

        Files.createDirectories(packages.resolve("proget"));
        Run created = apply();
        assertThat(created.out()).as(created.err()).containsPattern("PASS +storage.write")
                .containsPattern("PASS +storage.apply +proget +Storage.PackagesRootPath is " + path.replace("\\", "\\\\")
                        + ", read back from ProGet\\.");
        assertThat(proget.settings()).containsEntry("Storage.PackagesRootPath", path);

        Map<String, String> share = contents(packages);
        Map<String, String> configs = contents(dir.resolve("config-a"));
        configs.putAll(contents(dir.resolve("config-b")));
        configs.putAll(contents(dir.resolve("config-c")));
        int writes = settingWrites();
        Run again = apply();
        assertThat(again.out()).as(again.err()).contains("it already was, so nothing was written");
        assertThat(contents(packages)).as("the share holds what it held, the probe's files cleaned up").isEqualTo(share);
        Map<String, String> after = contents(dir.resolve("config-a"));
        after.putAll(contents(dir.resolve("config-b")));
        after.putAll(contents(dir.resolve("config-c")));
        assertThat(after).as("no node file written, no backup made").isEqualTo(configs);
        assertThat(settingWrites()).isEqualTo(writes);
        assertThat(missing.out() + missing.err() + created.out() + again.out()).doesNotContain(samba.password())
                .doesNotContain(API_KEY).doesNotContain(KEY);
    }

    private Run apply() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> environment = Map.of("CLUSTERWRIGHT_PROGET_API_KEY", API_KEY,
                "CLUSTERWRIGHT_STORAGE_PASSWORD", samba.password());
        int code = CommandLineApp.execute(new PrintWriter(out, true), new PrintWriter(err, true), environment::get,
                "apply", "--profile", profile.toString(), "--installation", "existing", "--keep-connection-strings",
                "--yes", "--timeout", "10");
        return new Run(code, out.toString(), err.toString());
    }

    private int settingWrites() {
        return (int) proget.requests().stream().filter(request -> request.startsWith("POST /api/settings/set")).count();
    }

    /** Every file below {@code root} with the SHA-256 of its bytes. */
    private static Map<String, String> contents(Path root) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString() + "@" + root.getFileName(), HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        }
        return files;
    }

    private record Run(int exitCode, String out, String err) {
    }
}
