package org.clusterwright.nodes.docker;

import org.clusterwright.io.AtomicFiles;
import org.clusterwright.io.FilePrivacy;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes files that hold secrets so that only their owner can read them: the temp file is created private (mode
 * 600, or on Windows an access control list for the current user alone), so there is no moment with wider rights,
 * then moved over the target.
 */
public final class OwnerOnlyFiles {
    private OwnerOnlyFiles() {
    }

    /** Whether files written here are private; false only on a file system with neither modes nor ACLs. */
    static boolean supported() {
        try {
            FilePrivacy.forDefaultFileSystem();
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, content, FilePrivacy.forDefaultFileSystem());
    }

    static void write(Path target, byte[] content, FilePrivacy privacy) throws IOException {
        AtomicFiles.write(target, content, privacy.ownerOnlyAtCreation());
        // the move can carry the folder's inherited rights along on some systems: restrict the file itself again
        privacy.restrictToOwner(target);
    }
}
