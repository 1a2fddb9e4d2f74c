package org.clusterwright.secrets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real keyring library where no keyring works: a session bus address with nothing behind it, and a bus that
 * accepts the connection and never answers. Either way the store is memory, says why, and the caller waits at most
 * the deadline.
 */
@EnabledOnOs(OS.LINUX)
class OsKeyringFallbackTest {
    private static final String BUS = "DBUS_SESSION_BUS_ADDRESS";
    private static final Duration DEADLINE = Duration.ofSeconds(1);

    @TempDir
    Path folder;

    private final String busBefore = System.getProperty(BUS);
    private final List<SocketChannel> heldOpen = new CopyOnWriteArrayList<>();

    @AfterEach
    void restoreTheBus() throws IOException {
        if (busBefore == null) {
            System.clearProperty(BUS);
        } else {
            System.setProperty(BUS, busBefore);
        }
        for (SocketChannel channel : heldOpen) {
            channel.close(); // ends the library's wait on its worker thread
        }
    }

    private SecretStore openAgainst(String address) {
        // the D-Bus library takes the bus from this system property before the environment
        System.setProperty(BUS, address);
        return SecretStores.open(Map.of(BUS, address)::get, "Linux", OsKeyring::open, DEADLINE);
    }

    @Test
    void aBusAddressWithNothingBehindItMeansMemory() {
        long started = System.nanoTime();

        SecretStore store = openAgainst("unix:path=" + folder.resolve("no-bus-here"));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(DEADLINE.plusSeconds(1));
        assertThat(store.isPersistent()).isFalse();
        assertThat(store.describe()).isEqualTo("memory only: no keyring found "
                + "(no supported keyring answered (No available keyring backend found))");
    }

    @Test
    void aBusThatNeverAnswersCostsTheDeadlineAndMeansMemory() throws IOException {
        Path socket = folder.resolve("silent-bus");
        try (ServerSocketChannel silent = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            silent.bind(UnixDomainSocketAddress.of(socket));
            Thread acceptor = new Thread(() -> {
                try {
                    heldOpen.add(silent.accept());
                } catch (IOException e) {
                    // closed by the test's end
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            long started = System.nanoTime();

            SecretStore store = openAgainst("unix:path=" + socket);

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(DEADLINE.plusSeconds(2));
            assertThat(store.describe()).isEqualTo("memory only: no keyring found (the keyring's availability check "
                    + "got no answer within 1 s (is the keyring locked?))");
        }
    }
}
