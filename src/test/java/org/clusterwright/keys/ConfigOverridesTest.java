package org.clusterwright.keys;

import org.clusterwright.check.CheckResult;
import org.clusterwright.check.CheckRunner;
import org.clusterwright.check.Status;
import org.clusterwright.check.TargetChecks;
import org.clusterwright.nodes.ConfigOverridesCheck;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.secrets.InMemorySecretStore;
import org.clusterwright.testing.SambaRequirements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * node.overrides: legacy Web.config / «Product».Service.exe.config / *_appSettings.config values override the shared
 * config file on Windows nodes. They are read from the program folder's default places over the node's own admin
 * share (a real smbd serving C$) or from the drive of a local SharedConfig folder; keys are named, values never.
 */
class ConfigOverridesTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String SECRET = "Legacy-Pw-7781";

    @TempDir
    Path dir;

    @Test
    void overAnAdminShareTheLegacyKeysAreNamedAndTheirValuesKept() throws Exception {
        SambaRequirements.assumeAvailable();
        try (SambaCluster cluster = SambaCluster.start(dir)) {
            Path drive = cluster.folders.get(0).getParent().getParent().getParent();
            legacy(drive.resolve("Program Files/ProGet/Web/Web.config"), "InedoLib.DbConnectionString",
                    "Data Source=old-sql;Initial Catalog=ProGet;User ID=sa;Password=" + SECRET);
            legacy(drive.resolve("Program Files/ProGet/Service/ProGet.Service.exe.config"), "MinimumLogLevel", "20");

            List<CheckResult> results = new CheckRunner(TIMEOUT).runAll(KeyService.forProfile(cluster.profile,
                    cluster.secrets, TIMEOUT).checks()).stream()
                    .filter(r -> r.id().equals(ConfigOverridesCheck.ID)).toList();

            assertThat(results).extracting(CheckResult::target).containsExactly("node-1", "node-2", "node-3");
            CheckResult node1 = results.get(0);
            assertThat(node1.status()).isEqualTo(Status.WARN);
            assertThat(node1.summary()).contains("Program Files\\ProGet\\Web\\Web.config sets InedoLib.DbConnectionString")
                    .contains("these override ProGet.config on node-1").doesNotContain(SECRET);
            assertThat(node1.evidence().get("filesRead")).contains("ProGet.Service.exe.config");
            assertThat(node1.detail()).contains("GetEnvironmentVariables('Machine')").contains("INEDOPROGETSVC");
            assertThat(results.get(1).status()).isEqualTo(Status.PASS);
            assertThat(results.get(1).summary()).startsWith("No legacy config file of ProGet is at its default places");
        }
    }

    @Test
    void aLocalSharedConfigFolderLeadsToItsDriveAndAnyOtherFolderIsNotGuessedAt() throws Exception {
        Path drive = dir.resolve("c");
        Path shared = Files.createDirectories(drive.resolve("ProgramData/Inedo/SharedConfig"));
        Files.writeString(shared.resolve("BuildMaster.config"), "<InedoAppConfig></InedoAppConfig>");
        legacy(drive.resolve("BuildMaster/Service/App_appSettings.config"), "Core.DbConnectionString",
                "Data Source=old;Password=" + SECRET);
        ClusterNode node = new ClusterNode("bm1", "bm1", NodeAccess.WINDOWS_SMB, "http://bm1:8622/");
        node.setLocalConfigFolder(shared.toString());
        assertThat(ConfigOverridesCheck.applies(node)).isTrue();

        CheckResult result = new CheckRunner(TIMEOUT).runAll(List.of(new TargetChecks("bm1",
                List.of(new ConfigOverridesCheck(node, Product.BUILDMASTER, null))))).get(0);
        assertThat(result.status()).isEqualTo(Status.WARN);
        assertThat(result.summary()).contains("App_appSettings.config sets Core.DbConnectionString")
                .doesNotContain(SECRET);

        ClusterNode copied = new ClusterNode("bm2", "bm2", NodeAccess.WINDOWS_SMB, "http://bm2:8622/");
        copied.setLocalConfigFolder(dir.resolve("copies/bm2").toString());
        assertThat(ConfigOverridesCheck.applies(copied)).isFalse();
        Profile profile = new Profile();
        profile.setProduct(Product.BUILDMASTER);
        profile.setNodes(List.of(copied));
        assertThat(KeyService.forProfile(profile, new InMemorySecretStore(), TIMEOUT).checks())
                .flatMap(TargetChecks::checks).extracting(c -> c.id().value()).doesNotContain("node.overrides");
    }

    private static void legacy(Path file, String key, String value) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<configuration>\r\n  <appSettings>\r\n"
                + "    <add key=\"" + key + "\" value=\"" + value + "\" />\r\n  </appSettings>\r\n</configuration>\r\n");
    }
}
