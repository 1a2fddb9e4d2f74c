package org.clusterwright.profile;

import org.clusterwright.profile.ProfileProblem.Section;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a release line decides about a profile: which products it exists for, the database, the services. */
class VersionLineTest {
    private final ProfileValidator validator = new ProfileValidator();

    @Test
    void proGet53AndOlderExistsOnlyForProGetAndTheProfileSaysSo() {
        for (Product product : Product.values()) {
            Profile profile = StarterProfiles.create(product, "old");
            profile.setVersionLine(VersionLine.PROGET_5_3_AND_OLDER);

            List<ProfileProblem> general = validator.validate(profile, Section.GENERAL);

            if (product == Product.PROGET) {
                assertThat(general).isEmpty();
            } else {
                assertThat(general).singleElement().satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("versionLine");
                    assertThat(problem.message()).isEqualTo("ProGet 5.3 and older does not exist for " + product + ".");
                });
            }
            assertThat(VersionLine.V2022.appliesTo(product)).isTrue();
        }
    }

    @Test
    void onlyProGet2025AndNewerRunsOnInedoDb() {
        assertThat(Arrays.stream(Product.values()).map(product -> StarterProfiles.create(product, null)
                .getDatabase().getKind())).containsExactly(DatabaseKind.POSTGRESQL, DatabaseKind.SQL_SERVER,
                DatabaseKind.SQL_SERVER);

        Profile buildMaster = StarterProfiles.create(Product.BUILDMASTER, null);
        buildMaster.getDatabase().setKind(DatabaseKind.POSTGRESQL);
        buildMaster.getDatabase().setConnectionString("Host=pg;Database=bm");
        assertThat(validator.validate(buildMaster, Section.DATABASE)).singleElement().satisfies(problem ->
                assertThat(problem.message()).isEqualTo("PostgreSQL (InedoDB) needs ProGet 2025 or newer; BuildMaster"
                        + " 2025 and newer uses SQL Server."));

        Profile proGet2022 = StarterProfiles.create(Product.PROGET, null);
        proGet2022.setVersionLine(VersionLine.V2022);
        proGet2022.getDatabase().setConnectionString("Host=pg;Database=proget");
        assertThat(validator.validate(proGet2022, Section.DATABASE)).extracting(ProfileProblem::field)
                .containsExactly("database.kind");
    }

    @Test
    void theWebApplicationHasAServiceOfItsOwnUpTo2024UnlessIisHostsIt() {
        for (Product product : Product.values()) {
            assertThat(VersionLine.V2025_AND_NEWER.procedure().hostings()).containsExactly(WebHosting.ONE_SERVICE);
            assertThat(WebHosting.ONE_SERVICE.services(product)).containsExactly(product.serviceName());
            for (VersionLine line : List.of(VersionLine.V2023_TO_2024, VersionLine.V2022)) {
                WebHosting hosting = line.procedure().defaultHosting();
                assertThat(hosting.services(product)).containsExactly(product.serviceName(), product.webServiceName());
            }
            // the guides of ProGet 5.3 and BuildMaster 7 balance only IIS-hosted nodes: no web service, an app pool
            for (VersionLine line : List.of(VersionLine.BEFORE_2022, VersionLine.PROGET_5_3_AND_OLDER)) {
                assertThat(line.procedure().defaultHosting()).isEqualTo(WebHosting.IIS);
            }
            assertThat(WebHosting.IIS.services(product)).containsExactly(product.serviceName());
            assertThat(WebHosting.IIS.restartWords(product, WebHosting.defaultAppPool(product)))
                    .isEqualTo(product.serviceName() + " and the IIS application pool " + product.displayName() + "AppPool");
        }
        assertThat(Product.OTTER.serviceName()).isEqualTo("INEDOOTTERSVC");
        assertThat(Product.BUILDMASTER.webServiceName()).isEqualTo("INEDOBMWEBSVC");
        assertThat(VersionLine.V2023_TO_2024.procedure().hostings()).contains(WebHosting.ONE_SERVICE, WebHosting.IIS);
    }
}
