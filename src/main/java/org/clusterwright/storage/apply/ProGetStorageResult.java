package org.clusterwright.storage.apply;

import java.util.List;

/**
 * What applying the storage path to ProGet did: the value it had, the value set, the value read back, and every
 * feed's storage.
 */
public record ProGetStorageResult(String setting, String before, String value, String readBack,
                                  List<FeedStorage> feeds) {
    public ProGetStorageResult {
        feeds = List.copyOf(feeds);
    }

    /** False when ProGet already held the value, so nothing was sent. */
    public boolean written() {
        return !value.equals(before);
    }

    /** True when ProGet reports the value that was set. */
    public boolean verified() {
        return value.equals(readBack);
    }

    /** Feeds with a disk path of their own outside the shared storage: each must be moved by hand. */
    public List<FeedStorage> notShared() {
        return feeds.stream().filter(f -> f.placement() == FeedStorage.Placement.NOT_SHARED).toList();
    }
}
