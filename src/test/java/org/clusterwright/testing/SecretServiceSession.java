package org.clusterwright.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The keyring a Linux desktop has, started by a test and gone after it: a private D-Bus session bus
 * ({@code dbus-run-session}) with GNOME Keyring serving the Secret Service API, its login keyring created and
 * unlocked with {@value #KEYRING_PASSWORD}. HOME and the XDG folders point into the test's folder, so the user's own
 * keyring is never touched. Without the programs a developer's test is skipped with the command that installs them;
 * under CI=true it fails instead (see {@link ProgramRequirements}).
 */
public final class SecretServiceSession implements AutoCloseable {
    public static final String KEYRING_PASSWORD = "test";
    /** The D-Bus library takes the bus from this system property before the environment, which a JVM cannot change. */
    private static final String BUS = "DBUS_SESSION_BUS_ADDRESS";
    private static final Duration READY_WITHIN = Duration.ofSeconds(20);

    private final Process session;
    private final String address;
    private final Path runtime;
    private final Path log;
    private boolean connected;
    private String busBefore;

    private SecretServiceSession(Process session, String address, Path runtime, Path log) {
        this.session = session;
        this.address = address;
        this.runtime = runtime;
        this.log = log;
    }

    public static SecretServiceSession start(Path folder) throws IOException, InterruptedException {
        Path dbusRunSession = ProgramRequirements.require("dbus-run-session", "dbus-daemon");
        ProgramRequirements.require("gnome-keyring-daemon", "gnome-keyring");
        Path runtime = Files.createDirectories(folder.resolve("runtime"));
        Files.setPosixFilePermissions(runtime, PosixFilePermissions.fromString("rwx------"));
        Path log = folder.resolve("session.log");
        // the daemon takes the new login keyring's password on its input; the shell then tells the bus's address
        // and waits for its own input to close, which is how close() ends the session
        String script = "printf %s \"$KEYRING_PASSWORD\" | gnome-keyring-daemon --unlock --components=secrets >/dev/null"
                + " && echo \"$DBUS_SESSION_BUS_ADDRESS\" && exec cat >/dev/null";
        ProcessBuilder builder = new ProcessBuilder(dbusRunSession.toString(), "--", "sh", "-c", script)
                .redirectError(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeAll(Set.of(BUS, "DISPLAY", "WAYLAND_DISPLAY"));
        environment.put("HOME", folder.toString());
        environment.put("XDG_DATA_HOME", folder.resolve("data").toString());
        environment.put("XDG_CONFIG_HOME", folder.resolve("config").toString());
        environment.put("XDG_CACHE_HOME", folder.resolve("cache").toString());
        environment.put("XDG_RUNTIME_DIR", runtime.toString());
        environment.put("KEYRING_PASSWORD", KEYRING_PASSWORD);
        Process session = builder.start();
        try {
            return new SecretServiceSession(session, firstLine(session), runtime, log);
        } catch (IOException e) {
            SecretServiceSession failed = new SecretServiceSession(session, "", runtime, log);
            failed.close();
            throw new IOException("the D-Bus session with GNOME Keyring did not start: " + e.getMessage()
                    + "\n" + failed.log(), e);
        }
    }

    private static String firstLine(Process session) throws IOException, InterruptedException {
        String address = ProcessOutput.firstLine(session, READY_WITHIN).orElse("");
        if (!address.startsWith("unix:")) {
            throw new IOException("no bus address within " + READY_WITHIN.toSeconds() + " s, or the session ended");
        }
        return address;
    }

    /** The session bus's address, for DBUS_SESSION_BUS_ADDRESS. */
    public String address() {
        return address;
    }

    /** Makes this session the one this JVM's D-Bus connections use, until {@link #close()}. */
    public SecretServiceSession connectThisJvm() {
        busBefore = System.setProperty(BUS, address);
        connected = true;
        return this;
    }

    /** An environment naming only this session's bus, as Clusterwright's factories read it. */
    public Function<String, String> environment() {
        return Map.of(BUS, address)::get;
    }

    /** What the session's programs wrote to their error output. */
    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no session log: " + e.getClass().getSimpleName() + ")";
        }
    }

    /**
     * Processes of this session still running. gnome-keyring-daemon detaches from the session, so they are found
     * by the private runtime folder in their environment, which no other process on the machine has.
     */
    public Set<ProcessHandle> leftOver() {
        Set<ProcessHandle> ours = new LinkedHashSet<>();
        String marker = "XDG_RUNTIME_DIR=" + runtime + "\0";
        ProcessHandle.allProcesses().filter(ProcessEnds::running)
                .filter(handle -> environmentHolds(handle, marker)).forEach(ours::add);
        ours.remove(ProcessHandle.current());
        return ours;
    }

    private static boolean environmentHolds(ProcessHandle handle, String marker) {
        try {
            byte[] environment = Files.readAllBytes(Path.of("/proc", String.valueOf(handle.pid()), "environ"));
            return new String(environment, StandardCharsets.UTF_8).contains(marker);
        } catch (IOException | RuntimeException e) {
            return false; // ended meanwhile, or another user's process
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (connected) {
            connected = false;
            if (busBefore == null) {
                System.clearProperty(BUS);
            } else {
                System.setProperty(BUS, busBefore);
            }
        }
        session.getOutputStream().close();
        if (!session.waitFor(10, TimeUnit.SECONDS)) {
            session.descendants().forEach(ProcessHandle::destroy);
            session.destroy();
            session.waitFor(5, TimeUnit.SECONDS);
        }
        // the keyring daemon ends by itself once its bus is gone; one that does not is ended here
        Set<ProcessHandle> left = leftOver();
        left.forEach(handle -> ProcessEnds.awaitEnd(handle, 5));
        left.stream().filter(ProcessEnds::running).forEach(ProcessHandle::destroyForcibly);
        left.forEach(handle -> ProcessEnds.awaitEnd(handle, 5));
    }
}
