package org.clusterwright.io;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.util.Optional;

/**
 * Who may read a file that holds secrets, said the way the file system says it: POSIX mode bits on Linux and macOS,
 * an access control list on Windows. Files Clusterwright writes with secrets are readable by their owner only from
 * the moment they exist; a secrets file given to it that others can read is refused.
 */
public interface FilePrivacy {

    /** Attributes that make a new file private to the current user as it is created (no moment with wider rights). */
    FileAttribute<?>[] ownerOnlyAtCreation() throws IOException;

    /** Makes an existing file private to its owner. */
    void restrictToOwner(Path file) throws IOException;

    /** Who besides the owner can read the file ({@code rw-r--r--}, {@code BUILTIN\Users}), or empty when no one. */
    Optional<String> readableByOthers(Path file) throws IOException;

    /** The command that makes the file private, for a remedy. */
    String howToRestrict(Path file);

    /** POSIX where the file system has modes, ACLs where it has only those (Windows), else nothing to set. */
    static FilePrivacy forDefaultFileSystem() {
        var views = FileSystems.getDefault().supportedFileAttributeViews();
        if (views.contains("posix")) {
            return new PosixPrivacy();
        }
        if (views.contains("acl")) {
            return new AclPrivacy(file -> Files.getFileAttributeView(file, AclFileAttributeView.class),
                    FileSystems.getDefault().getUserPrincipalLookupService(), System.getProperty("user.name"));
        }
        throw new IllegalStateException("this file system offers neither POSIX modes nor ACLs for private files");
    }
}
