package org.clusterwright.profile;

import org.clusterwright.profile.LineProcedure.HaSwitch;
import org.clusterwright.profile.LineProcedure.Messenger;
import org.clusterwright.profile.ProductStorage.PathSetting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every version with the Cluster page has a release line, read from what the nodes say, with its own procedure. */
class ReleaseLineTest {
    @TempDir
    Path dir;

    @Test
    void versionsAreReadInEveryFormTheNodesSayThem() {
        assertThat(ReleaseVersion.parse("25.0.14")).hasValueSatisfying(v -> {
            assertThat(v.major()).isEqualTo(2025);
            assertThat(v.minor()).isEqualTo(14);
            assertThat(v.shortName()).isEqualTo("2025.14");
        });
        assertThat(ReleaseVersion.parse("2023.9 (Build 1)")).hasValueSatisfying(v -> assertThat(v.shortName())
                .isEqualTo("2023.9"));
        assertThat(ReleaseVersion.parse("23.0.22.6")).hasValueSatisfying(v -> assertThat(v.shortName())
                .isEqualTo("2023.22"));
        assertThat(ReleaseVersion.parse("5.3.16.4")).hasValueSatisfying(v -> assertThat(v.shortName()).isEqualTo("5.3.16"));
        assertThat(ReleaseVersion.parse("DEV BUILD")).isEmpty();
        assertThat(ReleaseVersion.parse(null)).isEmpty();
    }

    @Test
    void eachReleaseWithTheClusterPageHasItsLineAndOlderOnesSayWhy() {
        assertThat(line(Product.PROGET, "2025.14 (Build 7)")).contains(VersionLine.V2025_AND_NEWER);
        assertThat(line(Product.PROGET, "26.0.1")).contains(VersionLine.V2025_AND_NEWER);
        assertThat(line(Product.PROGET, "24.0.33")).contains(VersionLine.V2023_TO_2024);
        assertThat(line(Product.PROGET, "23.0.22.6")).contains(VersionLine.V2023_TO_2024);
        assertThat(line(Product.PROGET, "22.0.28")).contains(VersionLine.V2022);
        assertThat(line(Product.PROGET, "6.0.20")).contains(VersionLine.BEFORE_2022);
        assertThat(line(Product.PROGET, "5.3.16")).contains(VersionLine.PROGET_5_3_AND_OLDER);
        assertThat(line(Product.BUILDMASTER, "7.0.12")).contains(VersionLine.BEFORE_2022);
        assertThat(line(Product.BUILDMASTER, "23.0.9")).contains(VersionLine.V2023_TO_2024);
        assertThat(line(Product.OTTER, "3.0.5")).contains(VersionLine.BEFORE_2022);
        assertThat(line(Product.OTTER, "2022.4")).contains(VersionLine.V2022);

        VersionLine.LineMatch old = VersionLine.forRelease(Product.PROGET, ReleaseVersion.parse("5.3.15").orElseThrow());
        assertThat(old.line()).isEmpty();
        assertThat(old.note()).contains("came with ProGet 5.3.16");
        assertThat(VersionLine.forRelease(Product.BUILDMASTER, ReleaseVersion.parse("6.2.1").orElseThrow()).note())
                .contains("BuildMaster 7");
        assertThat(VersionLine.forRelease(Product.OTTER, ReleaseVersion.parse("2.2.0").orElseThrow()).note())
                .contains("Otter 3");
    }

    @Test
    void proGet53HasTheFullProcedureOfItsGuide() {
        LineProcedure old = VersionLine.PROGET_5_3_AND_OLDER.procedure();
        assertThat(old.haSwitch()).isEqualTo(HaSwitch.ENABLE_PAGES);
        assertThat(old.messenger()).isEqualTo(Messenger.TCP_WILDCARD);
        assertThat(old.iisMachineKey()).isTrue();
        assertThat(old.defaultHosting()).isEqualTo(WebHosting.IIS);
        assertThat(old.balancing()).isEqualTo(LineProcedure.Balancing.IIS_ONLY);
        assertThat(VersionLine.BEFORE_2022.procedure().iisMachineKey()).isFalse();
        for (Product product : Product.values()) {
            assertThat(VersionLine.BEFORE_2022.appliesTo(product)).isTrue();
        }
    }

    @Test
    void proGetsStoragePathGoesThroughTheSettingsApiOnlyWhereItExists() {
        assertThat(VersionLine.V2025_AND_NEWER.storagePath(Product.PROGET)).isEqualTo(PathSetting.SETTINGS_API);
        assertThat(VersionLine.V2023_TO_2024.storagePath(Product.PROGET)).isEqualTo(PathSetting.SETTINGS_API);
        for (VersionLine line : List.of(VersionLine.V2022, VersionLine.BEFORE_2022, VersionLine.PROGET_5_3_AND_OLDER)) {
            assertThat(line.storagePath(Product.PROGET)).as(line.id()).isEqualTo(PathSetting.BY_HAND);
        }
        assertThat(VersionLine.V2025_AND_NEWER.storagePath(Product.BUILDMASTER)).isEqualTo(PathSetting.BY_HAND);
        assertThat(VersionLine.V2025_AND_NEWER.storagePath(Product.OTTER)).isEqualTo(PathSetting.NONE);
    }

    @Test
    void aContainerOfProGet53ReadsTheLegacyConnectionStringVariable() {
        assertThat(VersionLine.PROGET_5_3_AND_OLDER.containerVariables(Product.PROGET)).satisfies(names -> {
            assertThat(names.sql()).isEqualTo("SQL_CONNECTION_STRING");
            assertThat(names.withSql()).containsEntry("PROGET_DB_TYPE", "SqlServer");
            assertThat(names.key()).isEqualTo("PROGET_ENCRYPTION_KEY");
        });
        assertThat(VersionLine.V2022.containerVariables(Product.OTTER).sql()).isEqualTo("OTTER_SQL_CONNECTION_STRING");
    }

    @Test
    void theHostingAnswerAndKubernetesPodsSurviveASave() throws Exception {
        Profile profile = StarterProfiles.create(Product.BUILDMASTER, "bm");
        profile.setVersionLine(VersionLine.BEFORE_2022);
        profile.getHighAvailability().setWebHosting(WebHosting.WEB_SERVICE);
        profile.getHighAvailability().setAppPool("BuildMasterPool");
        ClusterNode pod = profile.getNodes().get(0);
        pod.setAccess(NodeAccess.KUBERNETES);
        pod.setWorkload("statefulset/buildmaster");
        pod.setNamespace("inedo");
        Path file = dir.resolve("bm.json");
        new ProfileStore().save(profile, file);
        assertThat(Files.readString(file)).contains("\"versionLine\" : \"before-2022\"", "\"webHosting\" : \"web-service\"",
                "\"access\" : \"kubernetes\"");

        Profile loaded = new ProfileStore().load(file);
        assertThat(loaded.getHighAvailability().webHosting(loaded.getVersionLine())).isEqualTo(WebHosting.WEB_SERVICE);
        assertThat(loaded.getHighAvailability().appPool(Product.BUILDMASTER)).isEqualTo("BuildMasterPool");
        assertThat(loaded.getNodes().get(0).getWorkload()).isEqualTo("statefulset/buildmaster");
        assertThat(loaded.getNodes().get(0).getAccess().container()).isTrue();

        Profile unanswered = StarterProfiles.create(Product.PROGET, "p");
        unanswered.setVersionLine(VersionLine.PROGET_5_3_AND_OLDER);
        assertThat(unanswered.getHighAvailability().webHosting(unanswered.getVersionLine())).isEqualTo(WebHosting.IIS);
        assertThat(unanswered.getHighAvailability().appPool(Product.PROGET)).isEqualTo("ProGetAppPool");
    }

    @Test
    void aHostingTheLineDoesNotHaveAndAPodWithoutItsWorkloadAreSaid() {
        Profile profile = StarterProfiles.create(Product.PROGET, "p");
        profile.getHighAvailability().setWebHosting(WebHosting.IIS);
        assertThat(new ProfileValidator().validate(profile, ProfileProblem.Section.GENERAL)).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("highAvailability.webHosting");
                    assertThat(problem.message()).contains("IIS cannot host the 2025 and later versions");
                });
        profile.setVersionLine(VersionLine.V2023_TO_2024);
        assertThat(new ProfileValidator().validate(profile, ProfileProblem.Section.GENERAL)).isEmpty();

        profile.getNodes().get(0).setAccess(NodeAccess.KUBERNETES);
        profile.getNodes().get(0).setEnvFile("/srv/proget-secret.yaml");
        assertThat(new ProfileValidator().validate(profile, ProfileProblem.Section.NODES)).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("restart plan assumes deployment/proget-1"));
    }

    private static java.util.Optional<VersionLine> line(Product product, String version) {
        return VersionLine.forRelease(product, ReleaseVersion.parse(version).orElseThrow()).line();
    }
}
