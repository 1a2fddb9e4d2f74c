package org.clusterwright.nodes;

import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.ProfileStore;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a node's config file is, by default and overridden, and the profile fields that say so. */
class NodeConfigLocationTest {
    @Test
    void theDefaultIsTheAdminSharePathOfTheProductsFile() {
        ClusterNode node = new ClusterNode("bm-1", "bm-1.corp", NodeAccess.WINDOWS_SMB, null);
        ConfigLocation location = ConfigLocation.of(node, Product.BUILDMASTER);
        assertThat(location.describe()).isEqualTo("\\\\bm-1.corp\\C$\\ProgramData\\Inedo\\SharedConfig\\BuildMaster.config");
        assertThat(location.pathInShare("x")).isEqualTo("ProgramData\\Inedo\\SharedConfig\\x");
        assertThat(location.isLocal()).isFalse();
    }

    @Test
    void shareFolderFileAndPortCanBeOverridden() {
        ClusterNode node = new ClusterNode("p-1", "p-1", NodeAccess.WINDOWS_SMB, null);
        node.setConfigShare("\\Config\\");
        node.setConfigPath("/Inedo/ProGet.config");
        node.setSmbPort(4450);
        ConfigLocation location = ConfigLocation.of(node, Product.PROGET);
        assertThat(location.describe()).isEqualTo("\\\\p-1:4450\\Config\\Inedo\\ProGet.config");
        node.setConfigPath("Custom.config");
        assertThat(ConfigLocation.of(node, Product.PROGET).describe()).isEqualTo("\\\\p-1:4450\\Config\\Custom.config");
        node.setLocalConfigFolder("/mnt/p-1/SharedConfig");
        assertThat(ConfigLocation.of(node, Product.PROGET).isLocal()).isTrue();
    }

    @Test
    void profilesWithoutTheNewFieldsStillLoadAndTheFieldsRoundTrip() throws Exception {
        ProfileStore store = new ProfileStore();
        Profile old = store.parse(Path.of("old.json"), """
                {"schemaVersion": 1, "id": "p", "name": "old", "product": "proget",
                 "nodes": [{"name": "n1", "host": "h1", "access": "windows-smb", "accessUser": "CORP\\\\admin"}]}
                """);
        ClusterNode node = old.getNodes().get(0);
        assertThat(node.getConfigShare()).isNull();
        assertThat(node.getSmbPort()).isNull();
        assertThat(store.toJson(old)).doesNotContain("configShare").doesNotContain("smbPort").doesNotContain("envFile");

        node.setConfigShare("D$");
        node.setConfigPath("Inedo\\SharedConfig");
        node.setSmbPort(1445);
        node.setEnvFile("/srv/proget/compose.yml#proget");
        node.setLocalConfigFolder("  ");
        Profile again = store.parse(Path.of("new.json"), store.toJson(old));
        ClusterNode copy = again.getNodes().get(0).copy();
        assertThat(copy.getConfigShare()).isEqualTo("D$");
        assertThat(copy.getConfigPath()).isEqualTo("Inedo\\SharedConfig");
        assertThat(copy.getSmbPort()).isEqualTo(1445);
        assertThat(copy.getEnvFile()).isEqualTo("/srv/proget/compose.yml#proget");
        assertThat(copy.getLocalConfigFolder()).isNull();
    }
}
