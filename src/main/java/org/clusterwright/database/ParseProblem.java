package org.clusterwright.database;

/**
 * One thing wrong with a connection string. {@code position} is the 0-based index of the character the problem
 * starts at, or -1 when it concerns the string as a whole (a keyword that is missing, say). The message is meant to
 * be shown as is: it says where in human terms (1-based, "at character 18"), what is wrong and what to do.
 *
 * <p>Messages never quote a password, nor text that may be part of one, because they end up in logs, reports and
 * screenshots attached to support tickets.
 */
public record ParseProblem(int position, String message) {

    public ParseProblem {
        position = Math.max(position, -1);
        message = message == null ? "" : message;
    }

    /** Builds the message from the problem and the remedy so every message has the same three parts. */
    static ParseProblem at(int position, String problem, String remedy) {
        return new ParseProblem(position, where(position) + ": " + problem + ". " + remedy);
    }

    /** People count from 1, and editors show columns from 1, so the message does too. */
    static String where(int position) {
        return position < 0 ? "In the connection string as a whole" : "At character " + (position + 1);
    }

    @Override
    public String toString() {
        return message;
    }
}
