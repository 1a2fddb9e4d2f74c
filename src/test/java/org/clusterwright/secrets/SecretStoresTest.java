package org.clusterwright.secrets;

import org.clusterwright.profile.SecretRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Which store the wizard and the command line get, and that a keyring without a working back end never hangs them. */
class SecretStoresTest {
    /** Long enough that a keyring which answers is never cut off, however busy the machine is. */
    private static final Duration DEADLINE = Duration.ofSeconds(10);
    /**
     * What a keyring that never answers costs. The runs that meet one are timed against twice this: a loaded two-core
     * machine gets a whole deadline of slack, and a second wait would still show.
     */
    private static final Duration HANG_DEADLINE = Duration.ofSeconds(2);
    private static final Function<String, String> WITH_SESSION_BUS =
            Map.of("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nowhere")::get;
    private static final SecretRef REF = SecretRef.DATABASE_PASSWORD;

    private final FakeKeyring keyring = new FakeKeyring();

    @AfterEach
    void releaseHungCalls() {
        keyring.release.countDown();
    }

    private SecretStore open() {
        return open(DEADLINE);
    }

    private SecretStore open(Duration deadline) {
        return SecretStores.open(WITH_SESSION_BUS, "Linux", keyring.opener(), deadline);
    }

    @Test
    void withoutASessionBusLinuxKeepsSecretsInMemoryWithoutAskingAnyKeyring() {
        SecretStore store = SecretStores.open(name -> null, "Linux", keyring.opener(), DEADLINE);

        assertThat(store).isInstanceOf(InMemorySecretStore.class);
        assertThat(store.isPersistent()).isFalse();
        assertThat(store.describe()).isEqualTo(
                "memory only: no keyring found (no D-Bus session: DBUS_SESSION_BUS_ADDRESS is not set)");
        assertThat(keyring.opened).hasValue(0);
    }

    @Test
    void windowsAndMacosNeedNoSessionBus() {
        assertThat(SecretStores.open(name -> null, "Windows 11", keyring.opener(), DEADLINE).describe())
                .isEqualTo("Fake Keyring");
        assertThat(SecretStores.open(name -> null, "Mac OS X", keyring.opener(), DEADLINE).describe())
                .isEqualTo("Fake Keyring");
    }

    @Test
    void theEnvironmentCanSwitchTheKeyringOff() {
        SecretStore store = SecretStores.open(Map.of(SecretStores.SWITCH, "off")::get, "Windows 11",
                keyring.opener(), DEADLINE);

        assertThat(store.describe()).isEqualTo("memory only: no keyring found (switched off by CLUSTERWRIGHT_KEYRING=off)");
        assertThat(keyring.opened).hasValue(0);
    }

    @Test
    void aKeyringThatCannotBeOpenedLeavesMemoryAndSaysWhy() {
        SecretStore store = SecretStores.open(WITH_SESSION_BUS, "Linux", () -> {
            throw new KeyringException("no supported keyring answered (No available keyring backend found)");
        }, DEADLINE);

        assertThat(store.describe()).isEqualTo("memory only: no keyring found "
                + "(no supported keyring answered (No available keyring backend found))");
    }

    @Test
    void aKeyringThatNeverAnswersCostsTheDeadlineOnceAndIsNotUsed() {
        keyring.hangs = true;
        long started = System.nanoTime();

        SecretStore store = open(HANG_DEADLINE);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(HANG_DEADLINE)
                .isLessThan(HANG_DEADLINE.multipliedBy(2));
        assertThat(store.describe()).startsWith("memory only: no keyring found (the keyring's availability check got "
                + "no answer within 2 s");
        store.put("p", REF, Secret.of("typed"));
        assertThat(store.get("p", REF)).contains(Secret.of("typed"));
    }

    @Test
    void aKeyringThatLosesWhatItStoredIsNotUsed() {
        keyring.losesEntries = true;

        assertThat(open().describe()).isEqualTo("memory only: no keyring found "
                + "(Fake Keyring did not give back the test entry it had just stored)");
    }

    @Test
    void aWorkingKeyringHoldsEachProfilesSecretsUnderItsOwnName() {
        SecretStore store = open();
        assertThat(store.describe()).isEqualTo("Fake Keyring");
        assertThat(store.isPersistent()).isTrue();
        assertThat(keyring.entries).as("the availability check leaves nothing behind").isEmpty();

        store.put("profile-a", REF, Secret.of("a-secret"));
        store.put("profile-b", REF, Secret.of("b-secret"));
        assertThat(keyring.entries).containsOnly(Map.entry("profile-a/database.password", "a-secret"),
                Map.entry("profile-b/database.password", "b-secret"));

        store.remove("profile-a", REF);
        assertThat(store.get("profile-a", REF)).isEmpty();
        assertThat(store.get("profile-b", REF)).contains(Secret.of("b-secret"));
        assertThat(keyring.entries).containsOnlyKeys("profile-b/database.password");
    }

    @Test
    void whatAnEarlierSessionStoredIsReadOnceFromTheKeyring() {
        keyring.entries.put("profile-a/storage.password", "from-last-week");
        SecretStore store = open();

        assertThat(store.get("profile-a", SecretRef.STORAGE_PASSWORD)).contains(Secret.of("from-last-week"));
        keyring.entries.clear();
        assertThat(store.get("profile-a", SecretRef.STORAGE_PASSWORD)).as("held for the session")
                .contains(Secret.of("from-last-week"));
    }

    @Test
    void aKeyringFailingLaterKeepsTheSessionsSecretsInMemoryAndNeverShowsAValue() {
        SecretStore store = open();
        keyring.failure = new IllegalStateException("org.freedesktop.DBus.Error.NoReply: could not store s3cr3t-value");

        store.put("p", REF, Secret.of("s3cr3t-value"));

        assertThat(store.get("p", REF)).contains(Secret.of("s3cr3t-value"));
        assertThat(store.isPersistent()).isFalse();
        assertThat(store.describe()).startsWith("memory only from now on: storing p/database.password failed: "
                + "IllegalStateException (org.freedesktop.DBus.Error.NoReply: could not store ********)")
                .doesNotContain("s3cr3t-value");
    }

    @Test
    void aKeyringHangingLaterCostsTheDeadlineOnlyOnce() {
        SecretStore store = open(HANG_DEADLINE);
        keyring.hangs = true;

        long started = System.nanoTime();
        store.put("p", REF, Secret.of("first"));
        store.put("p", REF, Secret.of("second"));
        store.get("q", REF);

        // three calls that each waited would take three deadlines
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(HANG_DEADLINE)
                .isLessThan(HANG_DEADLINE.multipliedBy(2));
        assertThat(store.get("p", REF)).contains(Secret.of("second"));
        assertThat(store.describe()).contains("got no answer within 2 s");
    }

    @Test
    void theConnectionIsClosedWhenIdleSoTheWizardCanExit() throws InterruptedException {
        SecretStore store = open();
        store.put("p", REF, Secret.of("x"));

        long until = System.nanoTime() + KeyringWorker.IDLE.multipliedBy(5).toNanos();
        while (keyring.closed.get() == 0 && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertThat(keyring.closed).hasValue(1);
        assertThat(store.get("other", REF)).isEmpty();
        assertThat(keyring.opened).as("opened again when needed").hasValue(2);
    }
}
