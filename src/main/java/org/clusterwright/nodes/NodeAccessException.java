package org.clusterwright.nodes;

import java.io.IOException;
import java.util.Objects;

/**
 * Why a node's config could not be read or written, in words a person can act on. Messages name the place (host,
 * share, path) and never a password or key; the remedy says what to do about it.
 */
public final class NodeAccessException extends IOException {
    /** The kinds of failure the wizard and the checks tell apart. */
    public enum Problem {
        MISSING_CREDENTIALS, LOGON_FAILURE, NO_SUCH_SHARE, FILE_MISSING, ACCESS_DENIED, UNREACHABLE, TIMEOUT,
        MALFORMED, NOT_SUPPORTED, IO
    }

    private final Problem problem;
    private final String remedy;

    public NodeAccessException(Problem problem, String message, String remedy) {
        this(problem, message, remedy, null);
    }

    public NodeAccessException(Problem problem, String message, String remedy, Throwable cause) {
        super(message, cause);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.remedy = remedy == null ? "" : remedy;
    }

    public Problem problem() {
        return problem;
    }

    public String remedy() {
        return remedy;
    }
}
