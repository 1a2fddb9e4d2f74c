package org.clusterwright.lab;

import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.ProfileException;
import org.clusterwright.profile.ProfileStore;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** What another process (the {@code clusterwright lab} commands) asks of a lab running from a folder. */
public final class LabRequests {
    private LabRequests() {
    }

    /** True when a lab runs from {@code folder}. */
    public static boolean running(LabFolder folder) {
        return LabProcesses.runningLab(folder).isPresent();
    }

    /**
     * Stops the lab running from {@code folder} and waits until it has stopped its nodes and PostgreSQL (its pid file
     * is gone then); false when none was running. PostgreSQL left behind by a lab that was killed is stopped too.
     */
    public static boolean stop(LabFolder folder, Duration patience) throws IOException {
        Optional<ProcessHandle> lab = LabProcesses.runningLab(folder);
        if (lab.isPresent()) {
            request(folder, LabControl.STOP);
            long until = System.nanoTime() + patience.toNanos();
            // the lab may run in this very process (the wizard's), so its end is its pid file going, not its process
            while (Files.exists(folder.pidFile()) && LabProcesses.running(lab.get())) {
                if (System.nanoTime() > until) {
                    throw new IOException("The lab (process " + lab.get().pid() + ") did not stop within "
                            + patience.toSeconds() + " s.");
                }
                pause();
            }
        }
        LabProcesses.stopOrphanedPostgres(folder);
        return lab.isPresent();
    }

    /** Restarts one node of the lab running from {@code folder}, as restarting its service would. */
    public static void restart(LabFolder folder, String node, Duration patience) throws IOException {
        List<String> names = nodeNames(folder);
        if (!names.contains(node)) {
            throw new IllegalArgumentException("The lab has no node '" + node + "'; its nodes are " + names + ".");
        }
        if (!running(folder)) {
            throw new IOException("No lab is running from " + folder.root() + ".");
        }
        Path request = request(folder, LabControl.RESTART + node);
        long until = System.nanoTime() + patience.toNanos();
        while (Files.exists(request)) {
            if (System.nanoTime() > until) {
                throw new IOException("The lab did not restart " + node + " within " + patience.toSeconds() + " s.");
            }
            pause();
        }
    }

    /** The nodes of the lab in {@code folder}, as its profile names them; the standard lab's without one. */
    private static List<String> nodeNames(LabFolder folder) {
        try {
            return new ProfileStore().load(folder.profile()).getNodes().stream().map(ClusterNode::targetName).toList();
        } catch (ProfileException | RuntimeException e) {
            return Lab.NODE_NAMES;
        }
    }

    private static Path request(LabFolder folder, String name) throws IOException {
        Path file = folder.control().resolve(name);
        try {
            Files.createFile(file);
        } catch (FileAlreadyExistsException alreadyAsked) {
            // the same request is pending: waiting for it is all there is to do
        }
        return file;
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for the lab.", e);
        }
    }
}
