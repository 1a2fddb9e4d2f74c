package org.clusterwright.cluster.restart;

/**
 * Restarts one node and returns once the restart has been started: the wizard runs the commands, or asks the person
 * and returns when they click Done; the command line runs them itself. Throwing stops the plan before the next node.
 */
@FunctionalInterface
public interface NodeRestarter {
    void restart(RestartStep step) throws Exception;
}
