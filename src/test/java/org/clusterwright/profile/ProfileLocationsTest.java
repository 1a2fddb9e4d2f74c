package org.clusterwright.profile;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileLocationsTest {
    private final Path home = Path.of("/home/ada");

    @Test
    void linuxUsesXdgConfigHomeWhenAbsolute() {
        assertThat(ProfileLocations.defaultFolder("Linux", Map.of("XDG_CONFIG_HOME", "/cfg"), home))
                .isEqualTo(Path.of("/cfg/clusterwright/profiles"));
    }

    @Test
    void linuxFallsBackToDotConfigWhenXdgIsMissingOrRelative() {
        assertThat(ProfileLocations.defaultFolder("Linux", Map.of(), home))
                .isEqualTo(Path.of("/home/ada/.config/clusterwright/profiles"));
        assertThat(ProfileLocations.defaultFolder("Linux", Map.of("XDG_CONFIG_HOME", "relative/cfg"), home))
                .isEqualTo(Path.of("/home/ada/.config/clusterwright/profiles"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(ProfileLocations.defaultFolder("Windows 11", Map.of("APPDATA", "/appdata"), home))
                .isEqualTo(Path.of("/appdata/Clusterwright/profiles"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(ProfileLocations.defaultFolder("Mac OS X", Map.of(), home))
                .isEqualTo(Path.of("/home/ada/Library/Application Support/Clusterwright/profiles"));
    }

    @Test
    void fileNamesAreSafeEverywhere() {
        assertThat(ProfileLocations.fileNameFor("ProGet: Prod / EU")).isEqualTo("proget-prod-eu.json");
        assertThat(ProfileLocations.fileNameFor("  ")).isEqualTo("cluster.json");
    }
}
