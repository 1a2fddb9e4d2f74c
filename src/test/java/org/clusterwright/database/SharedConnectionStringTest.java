package org.clusterwright.database;

import org.clusterwright.profile.DatabaseKind;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.profile.StarterProfiles;
import org.clusterwright.secrets.InMemorySecretStore;
import org.clusterwright.secrets.Secret;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SharedConnectionStringTest {
    private static final String PASSWORD = "Kept-Apart-5521";
    private final InMemorySecretStore secrets = new InMemorySecretStore();

    private Profile profile(DatabaseKind kind, String text) {
        Profile profile = StarterProfiles.create(Product.PROGET, "shared");
        profile.getDatabase().setKind(kind);
        profile.getDatabase().setConnectionString(text);
        return profile;
    }

    @Test
    void thePasswordFromTheSecretStoreIsPutBackOnlyInTheCompleteText() {
        Profile profile = profile(DatabaseKind.SQL_SERVER, "Data Source=sql1; Initial Catalog=ProGet; User ID=proget");
        secrets.put(profile.getId(), SecretRef.DATABASE_PASSWORD, Secret.of(PASSWORD));
        SharedConnectionString shared = SharedConnectionString.of(profile, secrets).value().orElseThrow();
        assertThat(shared.kind()).isEqualTo(DatabaseKind.SQL_SERVER);
        assertThat(shared.complete().reveal()).startsWith("Data Source=sql1; Initial Catalog=ProGet; User ID=proget")
                .contains("Password=" + PASSWORD);
        assertThat(shared.masked()).doesNotContain(PASSWORD).contains(Secret.MASK);
        assertThat(shared.toString()).doesNotContain(PASSWORD);
    }

    @Test
    void aStringWithAUserButNoKnownPasswordIsNotHandedOut() {
        Profile profile = profile(DatabaseKind.POSTGRESQL, "Server=inedodb;Database=proget;User Id=proget");
        SharedConnectionString.Lookup lookup = SharedConnectionString.of(profile, secrets);
        assertThat(lookup.value()).isEmpty();
        assertThat(lookup.reason()).contains("password is not known").contains("CLUSTERWRIGHT_DB_PASSWORD");
    }

    @Test
    void integratedSecurityNeedsNoPasswordAndABrokenStringIsRefused() {
        Profile windowsLogin = profile(DatabaseKind.SQL_SERVER, "Server=sql1;Database=ProGet;Integrated Security=true");
        assertThat(SharedConnectionString.of(windowsLogin, secrets).value()).hasValueSatisfying(
                shared -> assertThat(shared.complete().reveal()).isEqualTo("Server=sql1;Database=ProGet;Integrated Security=true"));

        Profile broken = profile(DatabaseKind.SQL_SERVER, "Server=sql1;Database");
        assertThat(SharedConnectionString.of(broken, secrets).reason()).contains("does not parse");
        Profile empty = profile(DatabaseKind.SQL_SERVER, " ");
        assertThat(SharedConnectionString.of(empty, secrets).reason()).contains("no connection string");
    }
}
