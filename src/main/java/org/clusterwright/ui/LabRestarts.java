package org.clusterwright.ui;

import org.clusterwright.cluster.restart.NodeRestarter;
import org.clusterwright.lab.LabFolder;
import org.clusterwright.lab.LabRequests;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Restarts for a profile that belongs to a running lab: the wizard runs its restart plan by asking the lab, as
 * {@code clusterwright lab restart NODE} does, whether the lab runs in the wizard itself or from the command line.
 */
final class LabRestarts {
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private LabRestarts() {
    }

    /** A restarter when {@code profileFile} is the profile of a lab that is running now; empty otherwise. */
    static Optional<NodeRestarter> forProfile(Path profileFile) {
        if (profileFile == null || profileFile.getParent() == null) {
            return Optional.empty();
        }
        LabFolder folder = new LabFolder(profileFile.getParent());
        if (!folder.profile().equals(profileFile.toAbsolutePath().normalize()) || !LabRequests.running(folder)) {
            return Optional.empty();
        }
        return Optional.of(step -> LabRequests.restart(folder, step.target(), PATIENCE));
    }
}
