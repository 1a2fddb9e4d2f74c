package org.clusterwright.storage;

import java.io.IOException;
import java.time.Duration;

/**
 * Creates a missing storage folder, as the service account, so the account owns what it made. The products do not
 * create it themselves; storage.folder offers this when the folder is missing.
 */
public final class StorageFolders {
    private StorageFolders() {
    }

    /**
     * Creates the target's folder and any missing parents inside the share; does nothing when it exists.
     *
     * @return the folder's UNC or local path, for a message
     * @throws StorageAccessException when it cannot (no password, access denied, a file in the way...)
     */
    public static String create(StorageTarget target, Duration timeout) throws IOException {
        if (!target.reachableFromHere()) {
            throw new StorageAccessException(StorageAccessException.Kind.IO, target.describe() + " cannot be reached "
                    + "from this machine.", "Create the folder on the server itself.", null);
        }
        try (StorageFolder folder = target.open(timeout)) {
            folder.createFolders();
        }
        return target.describe();
    }
}
