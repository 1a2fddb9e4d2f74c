package org.clusterwright.cluster.restart;

import java.util.List;

/**
 * Restarting one node (or one workload): the exact command lines to run, ready to copy, and where its health answers
 * so the next node waits until this one is back. {@code healthBaseUrl} is empty when there is nothing to poll.
 */
public record RestartStep(String target, boolean inCluster, String how, List<String> commands, String healthBaseUrl) {
    public RestartStep {
        commands = List.copyOf(commands);
        healthBaseUrl = healthBaseUrl == null ? "" : healthBaseUrl;
    }
}
