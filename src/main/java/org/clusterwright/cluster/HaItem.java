package org.clusterwright.cluster;

import java.util.Optional;

/**
 * One manual item of switching HA on: what to do, on which node (empty for the cluster as a whole), a link to the
 * page where it is done, and whether the administrator has ticked it (and when). {@code key} is stable: it is how
 * ticks are kept in the profile.
 */
public record HaItem(String key, String node, String text, String link, Optional<String> confirmedAt) {

    public boolean confirmed() {
        return confirmedAt.isPresent();
    }
}
