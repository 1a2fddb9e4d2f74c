package org.clusterwright.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Stops one private smbd and everything it started. smbd's connection children die with it, but the
 * samba-dcerpcd helpers it launches on demand detach from it; they are found by their pid files in this server's
 * pid folder and by carrying this server's unique config path on their command line, so no other Samba on the
 * machine is touched.
 */
final class SambaProcesses {
    private SambaProcesses() {
    }

    static void stopAll(Process smbd, SambaSetup setup) {
        Set<ProcessHandle> ours = new LinkedHashSet<>();
        ours.add(smbd.toHandle());
        smbd.descendants().forEach(ours::add);
        ours.addAll(fromPidFiles(setup.pidFolder()));
        ours.addAll(byConfigPath(setup.configFile()));
        // SIGTERM first: smbd then tells its children and helpers to end cleanly
        ours.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : ours) {
            ProcessEnds.awaitEnd(handle, 5);
        }
        ours.stream().filter(ProcessEnds::running).forEach(ProcessHandle::destroyForcibly);
        ours.forEach(handle -> ProcessEnds.awaitEnd(handle, 5));
        try {
            smbd.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Processes still running (not zombies) that belong to this server; empty after {@link #stopAll}. */
    static Set<ProcessHandle> leftOver(SambaSetup setup) {
        Set<ProcessHandle> left = new LinkedHashSet<>(fromPidFiles(setup.pidFolder()));
        left.addAll(byConfigPath(setup.configFile()));
        left.removeIf(handle -> !ProcessEnds.running(handle));
        return left;
    }

    private static Set<ProcessHandle> fromPidFiles(Path folder) {
        Set<ProcessHandle> found = new LinkedHashSet<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.pid")) {
            for (Path file : files) {
                String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
                if (text.matches("\\d+")) {
                    ProcessHandle.of(Long.parseLong(text))
                            .filter(handle -> mentions(handle, folder.getParent().toString()))
                            .ifPresent(found::add);
                }
            }
        } catch (IOException e) {
            // a pid file vanishing while we read is the process ending on its own
        }
        return found;
    }

    private static Set<ProcessHandle> byConfigPath(Path config) {
        Set<ProcessHandle> found = new LinkedHashSet<>();
        ProcessHandle.allProcesses().filter(handle -> mentions(handle, config.toString())).forEach(found::add);
        return found;
    }

    /** A reused pid must not be killed: the process must name this server's folder on its command line. */
    private static boolean mentions(ProcessHandle handle, String text) {
        Optional<String> line = handle.info().commandLine();
        return line.isPresent() && line.get().contains(text);
    }
}
