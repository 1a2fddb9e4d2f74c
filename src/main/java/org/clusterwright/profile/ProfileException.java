package org.clusterwright.profile;

import java.nio.file.Path;

/** A profile could not be read or written; the message says where, what and what to do. */
public final class ProfileException extends Exception {
    private final Path file;

    public ProfileException(Path file, String message, Throwable cause) {
        super(file == null ? message : file + ": " + message, cause);
        this.file = file;
    }

    public ProfileException(Path file, String message) {
        this(file, message, null);
    }

    public Path file() {
        return file;
    }
}
