package org.clusterwright.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A private Samba server for one test: smbd in the foreground on 127.0.0.1 and a free port, every state folder
 * inside the test's work folder, a tdbsam user with a known password, and the shares the test asks for.
 * {@link #close()} stops smbd and the samba-dcerpcd helpers it may have started, leaving no process behind.
 * Call {@link SambaRequirements#assumeAvailable()} first.
 */
public final class SambaServer implements AutoCloseable {
    private static final Duration READY_WITHIN = Duration.ofSeconds(15);
    private static final int START_ATTEMPTS = 3;

    private final SambaSetup setup;
    private final Process process;
    private final int port;

    private SambaServer(SambaSetup setup, Process process, int port) {
        this.setup = setup;
        this.process = process;
        this.port = port;
    }

    public static Builder builder(Path workFolder) {
        return new Builder(workFolder);
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return port;
    }

    /** The first user given to the builder (the default test user when none was given). */
    public String user() {
        return setup.users().keySet().iterator().next();
    }

    public String password() {
        return setup.users().values().iterator().next();
    }

    public Path configFile() {
        return setup.configFile();
    }

    /** smbd's own log, for a failing test's message. */
    public String log() {
        return setup.log();
    }

    /** Processes of this server still running; empty once it is closed. */
    public java.util.Set<ProcessHandle> processesLeft() {
        return SambaProcesses.leftOver(setup);
    }

    @Override
    public void close() {
        SambaProcesses.stopAll(process, setup);
    }

    public static final class Builder {
        private final Path workFolder;
        private final List<SambaShare> shares = new ArrayList<>();
        private final Map<String, String> users = new LinkedHashMap<>();
        private final Map<String, String> globals = new LinkedHashMap<>();

        private Builder(Path workFolder) {
            this.workFolder = workFolder;
        }

        public Builder share(SambaShare share) {
            shares.add(share);
            return this;
        }

        public Builder share(String name, Path path) {
            return share(SambaShare.of(name, path));
        }

        /** A Unix account is created for the user if missing (tdbsam users need one). */
        public Builder user(String name, String password) {
            users.put(name, password);
            return this;
        }

        /** A [global] option, such as {@code server smb encrypt = required} or {@code max disk size = 10}. */
        public Builder global(String option, String value) {
            globals.put(option, value);
            return this;
        }

        public SambaServer start() throws IOException, InterruptedException {
            SambaRequirements.assumeAvailable();
            if (users.isEmpty()) {
                users.put("cwtest", "Test-" + Long.toHexString(Double.doubleToLongBits(Math.random())));
            }
            IOException last = null;
            for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
                int port = freePort();
                SambaSetup setup = SambaSetup.prepare(workFolder.resolve("samba-" + port), port, shares, users, globals);
                Process process = new ProcessBuilder(SambaRequirements.smbd().toString(), "-F", "-s",
                        setup.configFile().toString())
                        .redirectErrorStream(true)
                        .redirectOutput(setup.stateFolder().resolve("smbd.out").toFile())
                        .start();
                try {
                    awaitReady(process, port, setup);
                    return new SambaServer(setup, process, port);
                } catch (IOException e) {
                    // another process may have taken the port between probing and binding: try a fresh one
                    SambaProcesses.stopAll(process, setup);
                    last = e;
                }
            }
            throw last;
        }

        private static int freePort() throws IOException {
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return probe.getLocalPort();
            }
        }

        private static void awaitReady(Process process, int port, SambaSetup setup) throws IOException, InterruptedException {
            long until = System.nanoTime() + READY_WITHIN.toNanos();
            while (System.nanoTime() < until) {
                if (process.waitFor(50, TimeUnit.MILLISECONDS)) {
                    throw new IOException("smbd exited with code " + process.exitValue() + " before accepting "
                            + "connections on port " + port + ":\n" + setup.log());
                }
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                    return;
                } catch (IOException notYet) {
                    // smbd is still starting; the waitFor above paces the next attempt
                }
            }
            throw new IOException("smbd did not accept connections on port " + port + " within "
                    + READY_WITHIN.toSeconds() + " s:\n" + setup.log());
        }
    }

    static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(could not read " + file + ": " + e.getMessage() + ")";
        }
    }
}
