package org.clusterwright.cli;

import org.clusterwright.check.ExitCodes;

/** Ends a command with a message for the user and a chosen exit code, instead of a stack trace. */
final class UsableInputException extends RuntimeException {
    private final int exitCode;

    UsableInputException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    static UsableInputException unusable(String message) {
        return new UsableInputException(message, ExitCodes.UNUSABLE_INPUT);
    }

    int exitCode() {
        return exitCode;
    }
}
