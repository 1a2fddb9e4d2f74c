package org.clusterwright.secrets;

import org.clusterwright.profile.SecretRef;
import org.clusterwright.testing.ProgramRequirements;
import org.clusterwright.testing.SecretServiceSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keyring back end against a real Secret Service: GNOME Keyring in a private D-Bus session, unlocked with a
 * test password. What one store writes, a fresh connection and libsecret's own secret-tool find under the service
 * Clusterwright and the entry profile/reference; no value shows in any text the keyring path produces.
 */
@EnabledOnOs(OS.LINUX)
class SecretServiceKeyringTest {
    private static final Path LIBRARY_LOG = Path.of("target/smbj-test.log");
    private static final SecretRef REF = SecretRef.DATABASE_PASSWORD;

    @TempDir
    Path folder;

    private SecretServiceSession session;
    private final List<String> texts = new ArrayList<>();

    @BeforeEach
    void startTheKeyring() throws Exception {
        session = SecretServiceSession.start(folder).connectThisJvm();
    }

    @AfterEach
    void stopTheKeyring() throws Exception {
        if (session != null) {
            session.close();
            assertThat(session.leftOver()).as("processes of the D-Bus session still running").isEmpty();
        }
    }

    private SecretStore open() {
        SecretStore store = SecretStores.open(session.environment());
        texts.add(store.describe());
        return store;
    }

    @Test
    void secretsGoToTheSecretServiceScopedByProfile() throws Exception {
        SecretStore store = open();
        assertThat(store.describe()).isEqualTo("Secret Service");
        assertThat(store.isPersistent()).isTrue();

        store.put("profile-a", REF, Secret.of("a-Pa55word"));
        store.put("profile-b", REF, Secret.of("b-Pa55word"));
        store.put("profile-a", REF, Secret.of("a-changed"));

        SecretStore fresh = open();
        assertThat(fresh.get("profile-a", REF)).contains(Secret.of("a-changed"));
        assertThat(fresh.get("profile-b", REF)).contains(Secret.of("b-Pa55word"));
        assertThat(fresh.get("profile-c", REF)).isEmpty();
        assertThat(secretTool("profile-a/database.password")).contains("a-changed");

        fresh.remove("profile-a", REF);
        fresh.remove("profile-a", REF);
        SecretStore later = open();
        assertThat(later.get("profile-a", REF)).isEmpty();
        assertThat(later.get("profile-b", REF)).contains(Secret.of("b-Pa55word"));
        assertThat(secretTool("profile-a/database.password")).isEmpty();
        assertThat(secretTool(KeyringProbe.ENTRY)).as("the availability check cleans up").isEmpty();
        assertNoValueIn(List.of("a-Pa55word", "b-Pa55word", "a-changed"));
    }

    @Test
    void aKeyringThatGoesAwayLeavesTheSessionInMemoryWithoutShowingAValue() throws Exception {
        SecretStore store = open();
        store.put("profile-a", REF, Secret.of("before-Pa55"));
        session.close();

        store.put("profile-a", REF, Secret.of("after-Pa55"));
        texts.add(store.describe());

        assertThat(store.get("profile-a", REF)).contains(Secret.of("after-Pa55"));
        assertThat(store.isPersistent()).isFalse();
        assertThat(store.describe()).startsWith("memory only from now on: storing profile-a/database.password in Secret"
                + " Service failed: ");
        assertNoValueIn(List.of("before-Pa55", "after-Pa55"));
    }

    /** libsecret's own client, asked in the same session: the entry is where other tools look for it. */
    private Optional<String> secretTool(String entry) throws IOException, InterruptedException {
        Path tool = ProgramRequirements.require("secret-tool", "libsecret-tools");
        ProcessBuilder builder = new ProcessBuilder(tool.toString(), "lookup", "service", "Clusterwright",
                "account", entry).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("DBUS_SESSION_BUS_ADDRESS", session.address());
        Process lookup = builder.start();
        String out = new String(lookup.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lookup.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return lookup.exitValue() == 0 ? Optional.of(out) : Optional.empty();
    }

    private void assertNoValueIn(List<String> values) throws IOException {
        String log = Files.exists(LIBRARY_LOG) ? Files.readString(LIBRARY_LOG, StandardCharsets.UTF_8) : "";
        assertThat(log).as("the libraries log at debug, so the scan below can see what they send")
                .contains("org.freedesktop.Secret.Collection");
        for (String value : values) {
            assertThat(texts).as("what the stores said").noneMatch(text -> text.contains(value));
            assertThat(log).as("the D-Bus and keyring libraries' log").doesNotContain(value);
            assertThat(session.log()).as("the session's own error output").doesNotContain(value);
        }
    }
}
