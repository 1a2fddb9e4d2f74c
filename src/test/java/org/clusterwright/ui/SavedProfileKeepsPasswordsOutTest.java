package org.clusterwright.ui;

import org.clusterwright.profile.DatabaseKind;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.ProfileProblem.Section;
import org.clusterwright.profile.ProfileStore;
import org.clusterwright.secrets.InMemorySecretStore;
import org.clusterwright.secrets.Secret;
import org.clusterwright.ui.viewmodel.WizardModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A password typed into the connection string and saved before the field let go of it (Ctrl+S while typing) goes
 * to the secret store, never into the profile file, whether the string parses yet or not.
 */
class SavedProfileKeepsPasswordsOutTest {
    private static final String PASSWORD = "Typed-Pa55-4242";

    @TempDir
    Path dir;

    @Test
    void aParsedStringLosesItsPasswordToTheStoreBeforeTheFileIsWritten() throws Exception {
        WizardModel model = model("Data Source=sql1;Initial Catalog=ProGet;User ID=proget;Password=" + PASSWORD,
                DatabaseKind.SQL_SERVER);
        Path file = dir.resolve("typed.json");

        model.save(file);

        assertThat(Files.readString(file)).doesNotContain(PASSWORD).contains("User ID=proget");
        assertThat(model.secrets().get(model.profile().getId(), model.profile().getDatabase().passwordRef())
                .map(Secret::reveal)).hasValue(PASSWORD);
    }

    @Test
    void aStringThatDoesNotParseYetStillLosesItsPassword() throws Exception {
        WizardModel model = model("Host=pg;Database=\"proget;Username=proget;pwd=" + PASSWORD + ";",
                DatabaseKind.POSTGRESQL);
        Path file = dir.resolve("half-typed.json");

        model.save(file);

        assertThat(Files.readString(file)).doesNotContain(PASSWORD);
    }

    private static WizardModel model(String connectionString, DatabaseKind kind) {
        WizardModel model = new WizardModel(new ProfileStore(), new InMemorySecretStore());
        model.newProfile(Product.PROGET, "typed");
        model.profile().getDatabase().setKind(kind);
        model.profile().getDatabase().setConnectionString(connectionString);
        model.edited(Section.DATABASE);
        return model;
    }
}
