package org.clusterwright.cli;

import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.profile.StarterProfiles;
import org.clusterwright.secrets.Secret;
import org.clusterwright.secrets.SecretStore;
import org.clusterwright.secrets.SecretStores;
import org.clusterwright.testing.SecretServiceSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A command finds in a real Secret Service what the wizard stored there, and leaves the keyring as it was. */
@EnabledOnOs(OS.LINUX)
class CommandKeyringTest {
    @TempDir
    Path folder;

    @Test
    void aCommandReadsTheWizardsSecretsAndWritesNone() throws Exception {
        Profile profile = StarterProfiles.create(Product.PROGET, null);
        try (SecretServiceSession session = SecretServiceSession.start(folder).connectThisJvm()) {
            SecretStore wizard = SecretStores.open(session.environment());
            wizard.put(profile.getId(), SecretRef.DATABASE_PASSWORD, Secret.of("stored-by-the-wizard"));
            wizard.put(profile.getId(), SecretRef.STORAGE_PASSWORD, Secret.of("stored-storage"));
            Map<String, String> environment = Map.of("DBUS_SESSION_BUS_ADDRESS", session.address(),
                    CommandSecrets.STORAGE_PASSWORD, "given-for-this-run");

            SecretStore command = CommandSecrets.load(profile, null, null, environment::get);
            command.put(profile.getId(), SecretRef.ENCRYPTION_KEY, Secret.of("made-by-the-command"));

            assertThat(command.get(profile.getId(), SecretRef.DATABASE_PASSWORD)).contains(Secret.of("stored-by-the-wizard"));
            assertThat(command.get(profile.getId(), SecretRef.STORAGE_PASSWORD)).contains(Secret.of("given-for-this-run"));
            assertThat(command.describe()).isEqualTo("the command's environment and files, then Secret Service");
            SecretStore fresh = SecretStores.open(session.environment());
            assertThat(fresh.get(profile.getId(), SecretRef.ENCRYPTION_KEY)).isEmpty();
            assertThat(fresh.get(profile.getId(), SecretRef.STORAGE_PASSWORD)).contains(Secret.of("stored-storage"));
        }
    }
}
