package org.clusterwright.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The processes a lab leaves traces of: the program running it (named in the lab's pid file) and the PostgreSQL
 * postmaster (named in its data folder's postmaster.pid). Neither is our child once pg_ctl has detached the
 * postmaster, so both are known by id only.
 */
final class LabProcesses {
    private LabProcesses() {
    }

    static void writePid(LabFolder folder) throws IOException {
        Files.writeString(folder.pidFile(), ProcessHandle.current().pid() + System.lineSeparator());
    }

    /**
     * The program running the lab in {@code folder}, if it still runs. A pid file left by a lab that was killed may
     * name an unrelated process that got the same id later, so the process must also run our own executable.
     */
    static Optional<ProcessHandle> runningLab(LabFolder folder) {
        return pidIn(folder.pidFile()).flatMap(ProcessHandle::of).filter(LabProcesses::running)
                .filter(handle -> handle.info().command().equals(ProcessHandle.current().info().command()));
    }

    /** Stops a postmaster whose lab was killed before it could stop it; otherwise it would hold its port forever. */
    static void stopOrphanedPostgres(LabFolder folder) {
        LabDatabase.postmasterPid(folder.database()).flatMap(ProcessHandle::of).filter(LabProcesses::running)
                .filter(handle -> handle.info().command().map(c -> c.contains("postgres")).orElse(false))
                .ifPresent(postmaster -> {
                    // SIGTERM: a smart shutdown, which ends at once since the killed lab left no clients
                    postmaster.destroy();
                    awaitEnd(postmaster.pid(), Duration.ofSeconds(15));
                });
    }

    /** Waits until the process has ended (a zombie counts as ended); true when it has. */
    static boolean awaitEnd(long pid, Duration patience) {
        long until = System.nanoTime() + patience.toNanos();
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        while (handle.isPresent() && running(handle.get()) && System.nanoTime() < until) {
            try {
                handle.get().onExit().get(50, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (Exception stillRunning) {
                // looked at again by the loop
            }
        }
        return handle.isEmpty() || !running(handle.get());
    }

    /**
     * Alive and not a zombie. A detached process ends as a zombie of whatever adopted it, and an init that never
     * reaps (as in some containers) keeps it "alive" to ProcessHandle forever.
     */
    static boolean running(ProcessHandle handle) {
        if (!handle.isAlive()) {
            return false;
        }
        if (!Files.isDirectory(Path.of("/proc/self"))) {
            return true; // not Linux: isAlive is all there is to go by
        }
        try {
            String text = Files.readString(Path.of("/proc", String.valueOf(handle.pid()), "stat"));
            return text.charAt(text.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Optional<Long> pidIn(Path file) {
        try {
            return Optional.of(Long.parseLong(Files.readString(file).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
