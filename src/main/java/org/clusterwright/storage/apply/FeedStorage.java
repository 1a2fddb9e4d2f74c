package org.clusterwright.storage.apply;

/**
 * Where one ProGet feed keeps its packages.
 *
 * @param storageType ProGet's store id: {@code disk}, or a cloud store such as {@code azure} or {@code s3}
 * @param path        the feed's own disk path, or empty when it uses the server's path
 */
public record FeedStorage(String feed, String storageType, String path, Placement placement) {

    public enum Placement {
        /** Under the server's storage path, so on the shared storage. */
        SHARED,
        /** A disk path of its own outside the shared storage: nodes would not share these packages. */
        NOT_SHARED,
        /** A cloud store, which every node reaches on its own: shared, but not by this share. */
        CLOUD
    }
}
