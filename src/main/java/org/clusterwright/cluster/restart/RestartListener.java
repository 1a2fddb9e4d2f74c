package org.clusterwright.cluster.restart;

import org.clusterwright.cluster.health.HealthAnswer;

/** Hears how a restart plan goes, for a progress display. Called from the executor's thread. */
public interface RestartListener {
    default void restarting(RestartStep step) {
    }

    /** A health answer while waiting for the node to come back (unhealthy or unreachable so far). */
    default void waiting(RestartStep step, HealthAnswer answer) {
    }

    default void finished(NodeRestart result) {
    }

    RestartListener NONE = new RestartListener() {
    };
}
