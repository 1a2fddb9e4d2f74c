package org.clusterwright.secrets;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Opens the secret store that the wizard and the command line both use: the OS keyring when a test entry can be
 * stored and read back within a deadline, otherwise memory for this session, saying why.
 */
public final class SecretStores {
    /** {@code CLUSTERWRIGHT_KEYRING=off} keeps secrets in memory even where a keyring works. */
    public static final String SWITCH = "CLUSTERWRIGHT_KEYRING";
    /** Long enough for a cold D-Bus connection on a busy machine, short enough that a start-up never seems hung. */
    static final Duration DEADLINE = Duration.ofSeconds(5);
    private static final String SESSION_BUS = "DBUS_SESSION_BUS_ADDRESS";

    private SecretStores() {
    }

    /** {@code environment} is the one the wizard or the command runs with; it decides whether a keyring is tried. */
    public static SecretStore open(Function<String, String> environment) {
        return open(environment, System.getProperty("os.name", ""), OsKeyring::open, DEADLINE);
    }

    static SecretStore open(Function<String, String> environment, String osName, Keyring.Opener opener,
                            Duration deadline) {
        Optional<String> notTried = reasonNotToTry(environment, osName);
        if (notTried.isPresent()) {
            return InMemorySecretStore.becauseNoKeyring(notTried.get());
        }
        KeyringWorker worker = new KeyringWorker(opener, deadline);
        try {
            String name = worker.call("the keyring's availability check", KeyringProbe::roundTrip);
            return new KeyringSecretStore(name, worker);
        } catch (KeyringException e) {
            worker.close();
            return InMemorySecretStore.becauseNoKeyring(e.getMessage());
        }
    }

    /**
     * Why no keyring is tried at all. On Linux and the BSDs every keyring is reached over the D-Bus session bus:
     * without one (a server, a container, an SSH login) there is nothing to ask, and asking costs time.
     */
    static Optional<String> reasonNotToTry(Function<String, String> environment, String osName) {
        String choice = environment.apply(SWITCH);
        if (choice != null && choice.strip().equalsIgnoreCase("off")) {
            return Optional.of("switched off by " + SWITCH + "=off");
        }
        String os = osName.toLowerCase(Locale.ROOT);
        boolean overDbus = !os.startsWith("windows") && !os.startsWith("mac");
        String bus = environment.apply(SESSION_BUS);
        if (overDbus && (bus == null || bus.isBlank())) {
            return Optional.of("no D-Bus session: " + SESSION_BUS + " is not set");
        }
        return Optional.empty();
    }
}
