package org.clusterwright.keys;

import org.clusterwright.profile.NodeAccess;

import java.util.List;

/**
 * What the plan will do to one node, shown before anything is written: the action, the fingerprints before and
 * after, and a diff of the config file in which every key and connection string is masked.
 */
public record NodeKeyChange(String target, NodeAccess access, Action action, String where, String fingerprintBefore,
                            String fingerprintAfter, List<String> diff, String note) {

    public enum Action {
        /** The node already has the planned key (and connection string). */
        NO_CHANGE,
        /** The config file is rewritten, with a backup beside it. */
        WRITE,
        /** Files for a Docker/Linux node are written to the export folder. */
        EXPORT,
        /** The checklist tells the administrator what to do by hand. */
        MANUAL_INSTRUCTIONS,
        /** Nothing can be done until the node can be read; {@code note} says why. */
        BLOCKED
    }

    public NodeKeyChange {
        diff = List.copyOf(diff);
    }
}
