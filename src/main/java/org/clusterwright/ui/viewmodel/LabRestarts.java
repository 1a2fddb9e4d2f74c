package org.clusterwright.ui.viewmodel;

import org.clusterwright.cluster.restart.NodeRestarter;
import org.clusterwright.cluster.restart.ProbeUrls;
import org.clusterwright.cluster.restart.RestartPlan;
import org.clusterwright.cluster.restart.RestartPlanner;
import org.clusterwright.cluster.restart.RestartStep;
import org.clusterwright.lab.LabFolder;
import org.clusterwright.lab.LabRequests;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.clusterwright.cluster.restart.CommandLines.shellQuoted;
import static org.clusterwright.cluster.restart.CommandLines.shellUntilBack;

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
        return runningLab(profileFile).map(folder -> step -> LabRequests.restart(folder, step.target(), PATIENCE));
    }

    /**
     * The plan to show for {@code profileFile}: a running lab's nodes are simulated on this machine, so their lines are
     * the lab's own restart command and a wait for health, not the Windows service commands a real node needs.
     */
    static RestartPlan planFor(Path profileFile, RestartPlan plan) {
        return runningLab(profileFile).map(folder -> labPlan(folder, plan)).orElse(plan);
    }

    private static RestartPlan labPlan(LabFolder folder, RestartPlan plan) {
        List<RestartStep> steps = new ArrayList<>();
        for (RestartStep step : plan.steps()) {
            List<String> commands = new ArrayList<>();
            commands.add("clusterwright lab restart " + shellQuoted(step.target()) + " --folder "
                    + shellQuoted(folder.root().toString()));
            ProbeUrls.below(step.healthBaseUrl()).ifPresent(urls -> commands.add(shellUntilBack(step.target(), urls,
                    RestartPlanner.NODE_DEADLINE)));
            steps.add(new RestartStep(step.target(), step.inCluster(), "the demo lab's node, restarted by the lab",
                    commands, step.healthBaseUrl()));
        }
        return new RestartPlan(plan.title(), steps);
    }

    private static Optional<LabFolder> runningLab(Path profileFile) {
        if (profileFile == null || profileFile.getParent() == null) {
            return Optional.empty();
        }
        LabFolder folder = new LabFolder(profileFile.getParent());
        if (!folder.profile().equals(profileFile.toAbsolutePath().normalize()) || !LabRequests.running(folder)) {
            return Optional.empty();
        }
        return Optional.of(folder);
    }
}
