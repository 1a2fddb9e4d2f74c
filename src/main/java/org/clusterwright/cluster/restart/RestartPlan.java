package org.clusterwright.cluster.restart;

import java.util.ArrayList;
import java.util.List;

/**
 * The nodes' restarts in order, one at a time. {@link #lines()} is the whole plan as text: what the wizard copies to
 * the clipboard and the report prints.
 */
public record RestartPlan(String title, List<RestartStep> steps) {
    public RestartPlan {
        steps = List.copyOf(steps);
    }

    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("# " + title);
        lines.add("# One node at a time: run a node's lines, wait until its health is back, then go on to the next.");
        int number = 1;
        for (RestartStep step : steps) {
            lines.add("");
            lines.add("# " + number++ + ". " + step.target() + (step.inCluster() ? "" : " (drained)") + ": " + step.how());
            lines.addAll(step.commands());
        }
        return lines;
    }

    public String text() {
        return String.join(System.lineSeparator(), lines()) + System.lineSeparator();
    }
}
