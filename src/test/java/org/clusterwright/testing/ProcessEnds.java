package org.clusterwright.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Whether a server's helper process has really ended. Daemons that detach (samba-dcerpcd, gnome-keyring-daemon) are
 * re-parented to a pid 1 that may never reap them; as zombies they count as alive to {@link ProcessHandle} although
 * they have ended.
 */
public final class ProcessEnds {
    private ProcessEnds() {
    }

    public static boolean running(ProcessHandle handle) {
        if (!handle.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(handle.pid()), "stat"));
            // the state letter follows the parenthesised command name; Z is a zombie waiting for its parent
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    public static void awaitEnd(ProcessHandle handle, int seconds) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        // onExit() alone never completes for a helper that ends as a zombie of a parent other than us
        while (running(handle) && System.nanoTime() < until) {
            try {
                handle.onExit().get(50, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception stillRunning) {
                // checked again by the loop condition
            }
        }
    }
}
