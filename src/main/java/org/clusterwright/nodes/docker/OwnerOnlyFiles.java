package org.clusterwright.nodes.docker;

import org.clusterwright.io.AtomicFiles;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files that hold secrets so that only their owner can read them. On POSIX systems the temp file is
 * created with mode 600 from the start (no moment with wider rights), then moved over the target.
 */
public final class OwnerOnlyFiles {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyFiles() {
    }

    static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    public static void write(Path target, byte[] content) throws IOException {
        FileAttribute<?>[] attributes = posix()
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)} : new FileAttribute<?>[0];
        AtomicFiles.write(target, content, attributes);
        if (posix()) {
            // a file that existed before keeps its inode's old mode on some systems: set it again
            Files.setPosixFilePermissions(target, OWNER_ONLY);
        }
    }
}
