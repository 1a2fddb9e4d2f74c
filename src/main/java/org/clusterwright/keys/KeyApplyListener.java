package org.clusterwright.keys;

/** Per-node progress of apply and restore, for a progress bar or a terminal line. Called on the working thread. */
public interface KeyApplyListener {
    KeyApplyListener NONE = new KeyApplyListener() {
    };

    default void started(String target, int index, int total) {
    }

    default void finished(NodeApplyResult result, int index, int total) {
    }
}
