package org.clusterwright.storage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Names for the probe's files, and the clean-up that removes them whatever happened before. */
final class ProbeFiles {
    static final String PREFIX = "clusterwright-probe-";

    private ProbeFiles() {
    }

    /** A name no other run (on this machine or another) will pick, and that says who left it if it stays. */
    static String newName(String purpose) {
        return PREFIX + purpose + "-" + UUID.randomUUID() + ".tmp";
    }

    /**
     * Deletes each of {@code names} that exists and returns those that could not be removed. A cancelled check's
     * thread arrives here interrupted, and SMB calls on an interrupted thread fail at once, so the flag is set
     * aside for the clean-up and restored afterwards.
     */
    static List<String> cleanUp(ProbeFolder folder, Collection<String> names) {
        boolean interrupted = Thread.interrupted();
        List<String> left = new ArrayList<>();
        try {
            for (String name : names) {
                try {
                    if (folder.exists(name)) {
                        folder.delete(name);
                    }
                } catch (IOException | RuntimeException e) {
                    left.add(name);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return left;
    }

    static String leftOverWarning(ProbeFolder folder, List<String> left) {
        return left.isEmpty() ? "" : " Could not remove " + String.join(", ", left) + " from " + folder.describe("")
                + "; delete " + (left.size() == 1 ? "it" : "them") + " by hand.";
    }
}
