package org.clusterwright.profile;

import org.clusterwright.profile.ProfileProblem.Section;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileValidatorTest {
    private final ProfileValidator validator = new ProfileValidator();

    private Profile complete() {
        Profile profile = StarterProfiles.create(Product.PROGET, "prod");
        profile.getDatabase().setConnectionString("Server=pg;Database=proget;User Id=proget");
        profile.getStorage().setPath("\\\\files\\packages");
        profile.getLoadBalancer().setUrl("https://proget.corp/");
        return profile;
    }

    private List<String> fields(Profile profile) {
        return validator.validate(profile).stream().map(ProfileProblem::field).toList();
    }

    @Test
    void aCompleteStarterProfileHasNoProblems() {
        assertThat(validator.validate(complete())).isEmpty();
    }

    @Test
    void proGet2025WithoutAConnectionStringIsTheEmbeddedDatabaseAndBlocks() {
        Profile profile = complete();
        profile.getDatabase().setConnectionString(null);
        ProfileProblem problem = validator.validate(profile, Section.DATABASE).get(0);
        assertThat(problem.blocking()).isTrue();
        assertThat(problem.message()).contains("embedded database").contains("cluster cannot share it");
        assertThat(problem.remedy()).contains("InedoDB");

        profile.setProduct(Product.BUILDMASTER);
        profile.getDatabase().setKind(DatabaseKind.SQL_SERVER);
        assertThat(validator.validate(profile, Section.DATABASE)).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("No connection string is given."));
    }

    @Test
    void nodeProblemsNameTheNodeAndField() {
        Profile profile = complete();
        profile.getNodes().get(1).setHost("bad host!");
        profile.getNodes().get(2).setBaseUrl("ftp://x/");
        profile.getNodes().get(2).setName("proget-1");
        assertThat(fields(profile)).containsExactly("nodes[1].host", "nodes[2].name", "nodes[2].baseUrl");
        assertThat(validator.validate(profile).get(0).message()).contains("'bad host!'");
    }

    @Test
    void howANodesConfigIsReachedIsCheckedWhereItIsTyped() {
        Profile profile = complete();
        profile.getNodes().get(0).setSmbPort(70000);
        profile.getNodes().get(1).setLocalConfigFolder("SharedConfig");
        profile.getNodes().get(2).setAccess(NodeAccess.DOCKER);
        List<ProfileProblem> problems = validator.validate(profile);
        assertThat(problems).extracting(ProfileProblem::field, ProfileProblem::blocking).containsExactly(
                org.assertj.core.groups.Tuple.tuple("nodes[0].smbPort", true),
                org.assertj.core.groups.Tuple.tuple("nodes[1].localConfigFolder", true),
                org.assertj.core.groups.Tuple.tuple("nodes[2].envFile", false));
        assertThat(problems.get(0).message()).contains("70000");
        assertThat(problems.get(2).message()).contains("cannot be read");

        profile.getNodes().get(0).setSmbPort(4450);
        profile.getNodes().get(1).setLocalConfigFolder("C:\\ProgramData\\Inedo\\SharedConfig");
        profile.getNodes().get(2).setEnvFile("/srv/proget/.env");
        assertThat(validator.validate(profile)).isEmpty();
        profile.getNodes().get(1).setLocalConfigFolder("/srv/proget/config");
        assertThat(validator.validate(profile)).isEmpty();
    }

    @Test
    void oneNodeWarnsAndNoNodeBlocks() {
        Profile profile = complete();
        profile.setNodes(List.of(profile.getNodes().get(0)));
        ProfileProblem one = validator.validate(profile).get(0);
        assertThat(one.blocking()).isFalse();
        assertThat(one.message()).contains("Only one server");
        profile.setNodes(List.of());
        assertThat(validator.validate(profile).get(0).blocking()).isTrue();
    }

    @Test
    void moreNodesThanTheLicenceCoversWarns() {
        Profile profile = complete();
        for (int i = 4; i <= 6; i++) {
            profile.getNodes().add(new ClusterNode("n" + i, "n" + i, NodeAccess.MANUAL, "http://n" + i + ":8624/"));
        }
        assertThat(validator.validate(profile)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("6 servers").contains("5 per instance"));
    }

    @Test
    void mappedDriveIsRefusedForAClusterWithTheReason() {
        Profile profile = complete();
        profile.getStorage().setPath("P:\\packages");
        ProfileProblem problem = validator.validate(profile, Section.STORAGE).get(0);
        assertThat(problem.blocking()).isTrue();
        assertThat(problem.message()).contains("service account does not see it");
        assertThat(problem.remedy()).contains("UNC");
        for (String partial : new String[] {"P", "P:", "P:\\", "p:/x"}) {
            profile.getStorage().setPath(partial);
            assertThat(validator.validate(profile, Section.STORAGE)).as(partial).singleElement()
                    .satisfies(p -> assertThat(p.blocking()).isTrue());
        }
    }

    @Test
    void postgresqlNeedsProGet2025() {
        Profile profile = complete();
        profile.setVersionLine(VersionLine.V2023_TO_2024);
        assertThat(fields(profile)).containsExactly("database.kind");
        profile.setProduct(Product.OTTER);
        profile.setVersionLine(VersionLine.V2025_AND_NEWER);
        assertThat(fields(profile)).containsExactly("database.kind");
    }

    @Test
    void loadBalancerFormIsChecked() {
        Profile profile = complete();
        profile.getLoadBalancer().setUrl("https://user:pw@lb/");
        profile.getLoadBalancer().setNodeHeader("X Served");
        assertThat(fields(profile)).containsExactly("loadBalancer.url", "loadBalancer.nodeHeader");
    }

    @Test
    void hostNamesAndAddressesAreRecognised() {
        assertThat(HostNames.isValid("proget-1.corp.local")).isTrue();
        assertThat(HostNames.isValid("10.0.0.12")).isTrue();
        assertThat(HostNames.isValid("::1")).isTrue();
        assertThat(HostNames.isValid("[fe80::1%eth0]")).isTrue();
        assertThat(HostNames.isValid("-bad")).isFalse();
        assertThat(HostNames.isValid("a..b")).isFalse();
        assertThat(HostNames.isValid("http://x")).isFalse();
    }
}
