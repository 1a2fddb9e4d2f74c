package org.clusterwright.storage.apply;

import java.util.List;

/**
 * What applying the storage path to ProGet did: the value it had, the value set, the value read back, every feed's
 * storage, and the per-package-type library settings that override the root path.
 */
public record ProGetStorageResult(String setting, String before, String value, String readBack,
                                  List<FeedStorage> feeds, List<LibraryOverride> libraries) {
    public ProGetStorageResult {
        feeds = List.copyOf(feeds);
        libraries = List.copyOf(libraries);
    }

    /** Library settings set to a path off the shared storage: that package type's files would not be shared. */
    public List<LibraryOverride> librariesNotShared() {
        return libraries.stream().filter(library -> !library.shared()).toList();
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
