package org.clusterwright.check;

/** Turns an exception thrown by a check into an ERROR outcome that says what happened. */
final class ErrorOutcomes {
    private ErrorOutcomes() {
    }

    static Outcome fromException(Throwable thrown) {
        String message = thrown.getMessage();
        String reason = thrown.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
        return Outcome.error("The check could not run (" + reason + ").",
                "This is not a verdict on the target. Fix the cause above and run the check again.");
    }
}
