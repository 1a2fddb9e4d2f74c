package org.clusterwright.engine;

import org.clusterwright.database.SharedConnectionString;
import org.clusterwright.check.Check;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.TargetChecks;
import org.clusterwright.profile.DatabaseKind;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.profile.VersionLine;
import org.clusterwright.secrets.InMemorySecretStore;
import org.clusterwright.secrets.Secret;
import org.clusterwright.secrets.SecretStore;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What the planner puts into the "database" target for each kind of connection string. */
class DatabaseProbePlanTest {
    private final SecretStore secrets = new InMemorySecretStore();

    @Test
    void sqlServerGetsTheWholeChainAfterDbParseEachRequiringTheOneBefore() {
        List<Check> checks = databaseChecks(profile(DatabaseKind.SQL_SERVER,
                "Data Source=sql01;Initial Catalog=ProGet;User ID=proget"));

        assertThat(ids(checks)).containsExactly("db.parse", "db.resolve", "db.tcp", "db.tls", "db.login",
                "db.database", "db.permissions", "db.collation", "db.installation", "db.version", "db.availability");
        assertThat(requires(checks, "db.resolve")).containsExactly("db.parse");
        assertThat(requires(checks, "db.tcp")).containsExactly("db.resolve");
        assertThat(requires(checks, "db.tls")).containsExactly("db.tcp");
        assertThat(requires(checks, "db.login")).containsExactly("db.tls");
        assertThat(requires(checks, "db.database")).containsExactly("db.login");
        List.of("db.permissions", "db.collation", "db.installation", "db.version", "db.availability")
                .forEach(id -> assertThat(requires(checks, id)).as(id).containsExactly("db.database"));
    }

    @Test
    void aNamedInstanceWithoutAPortAsksTheBrowserFirst() {
        List<Check> checks = databaseChecks(profile(DatabaseKind.SQL_SERVER,
                "Data Source=sql01\\INEDO;Initial Catalog=ProGet;User ID=proget"));

        assertThat(ids(checks)).startsWith("db.parse", "db.resolve", "db.browser", "db.tcp");
        assertThat(requires(checks, "db.tcp")).containsExactlyInAnyOrder("db.resolve", "db.browser");
        assertThat(ids(databaseChecks(profile(DatabaseKind.SQL_SERVER,
                "Data Source=sql01\\INEDO,1444;Initial Catalog=ProGet;User ID=proget")))).doesNotContain("db.browser");
    }

    @Test
    void postgresHasNoCollationCheck() {
        assertThat(ids(databaseChecks(profile(DatabaseKind.POSTGRESQL,
                "Host=inedodb;Database=proget;Username=proget")))).containsExactly("db.parse", "db.resolve", "db.tcp",
                "db.tls", "db.login", "db.database", "db.permissions", "db.installation", "db.version",
                "db.availability");
    }

    @Test
    void anUnparsableStringStillPlansTheProbeSoEveryCheckReportsItsSkip() {
        assertThat(ids(databaseChecks(profile(DatabaseKind.SQL_SERVER, "Data Source=np:sql01;Initial Catalog=x"))))
                .contains("db.resolve", "db.tls", "db.availability");
    }

    @Test
    void thePasswordComesFromTheSecretStoreUnderTheProfilesReference() {
        Profile profile = profile(DatabaseKind.SQL_SERVER, "Data Source=sql01;Initial Catalog=ProGet;User ID=proget");
        profile.getDatabase().setPassword(SecretRef.of("db.custom"));
        secrets.put(profile.getId(), SecretRef.of("db.custom"), Secret.of("from-the-store"));
        secrets.put(profile.getId(), SecretRef.DATABASE_PASSWORD, Secret.of("not-this-one"));

        assertThat(SharedConnectionString.password(profile, secrets)).hasValue(Secret.of("from-the-store"));
        profile.getDatabase().setPassword(null);
        assertThat(SharedConnectionString.password(profile, secrets)).hasValue(Secret.of("not-this-one"));
    }

    private List<Check> databaseChecks(Profile profile) {
        return new CheckPlanner().plan(profile, secrets, List.of(Step.DATABASE)).stream()
                .filter(target -> target.target().equals(CheckPlanner.DATABASE_TARGET))
                .map(TargetChecks::checks).findFirst().orElseThrow();
    }

    private static Profile profile(DatabaseKind kind, String connectionString) {
        Profile profile = new Profile();
        profile.setProduct(Product.PROGET);
        profile.setVersionLine(VersionLine.V2025_AND_NEWER);
        profile.getDatabase().setKind(kind);
        profile.getDatabase().setConnectionString(connectionString);
        return profile;
    }

    private static List<String> ids(List<Check> checks) {
        return checks.stream().map(check -> check.id().value()).toList();
    }

    private static Set<String> requires(List<Check> checks, String id) {
        return checks.stream().filter(check -> check.id().value().equals(id)).findFirst().orElseThrow().requires()
                .stream().map(CheckId::value).collect(java.util.stream.Collectors.toSet());
    }
}
