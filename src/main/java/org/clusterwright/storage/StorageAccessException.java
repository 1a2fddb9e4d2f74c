package org.clusterwright.storage;

import java.io.IOException;

/**
 * Why the shared storage could not be reached, read or written, in words a person can act on. Messages name the
 * place (server, share, folder, file) and the account, never a password.
 */
public final class StorageAccessException extends IOException {
    /** The kinds of failure the checks tell apart. */
    public enum Kind { LOGON, NO_SUCH_SHARE, NOT_FOUND, ACCESS_DENIED, UNREACHABLE, DISK_FULL, MISMATCH, IO }

    private final Kind kind;
    private final String remedy;

    public StorageAccessException(Kind kind, String message, String remedy, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.remedy = remedy;
    }

    public Kind kind() {
        return kind;
    }

    public String remedy() {
        return remedy;
    }
}
