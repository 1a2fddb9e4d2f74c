package org.clusterwright.storage;

import com.hierynomus.smbj.share.DiskShare;

import java.io.IOException;
import java.nio.file.Files;
import org.clusterwright.secrets.Secret;

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
        if (target.localFolder().isPresent()) {
            try {
                Files.createDirectories(target.localFolder().get());
            } catch (IOException e) {
                throw new StorageAccessException(StorageAccessException.Kind.ACCESS_DENIED, "Could not create "
                        + target.describe() + " (" + e.getClass().getSimpleName() + ").",
                        "Create it by hand, or give this account rights on its parent folder.", e);
            }
            return target.describe();
        }
        StorageLocation location = target.location().orElseThrow(() -> new StorageAccessException(
                StorageAccessException.Kind.IO, target.describe() + " cannot be reached from this machine.",
                "Create the folder on the server itself.", null));
        Secret password = target.password().orElseThrow(() -> new StorageAccessException(
                StorageAccessException.Kind.LOGON, "No password is known for '" + target.user() + "'.",
                "Enter the service account's password first.", null));
        try (StorageSession session = StorageSession.open(location, target.user(), password, target.auth(), timeout)) {
            DiskShare share = session.share();
            String path = "";
            for (String part : location.folder().split("\\\\")) {
                path = path.isEmpty() ? part : path + "\\" + part;
                try {
                    if (!share.folderExists(path)) {
                        share.mkdir(path);
                    }
                } catch (Exception e) {
                    throw StorageErrors.translate(e, location, "", target.user());
                }
            }
        }
        return target.describe();
    }
}
