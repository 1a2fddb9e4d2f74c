package org.clusterwright.database;

import org.clusterwright.secrets.Secret;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects errors and warnings while a connection string is read, so the parser can report every problem at once
 * instead of stopping at the first: a person fixing a pasted string wants the whole list.
 */
final class Problems {
    /** Shorter secrets would mask ordinary words in the messages; messages are written not to quote them anyway. */
    private static final int SHORTEST_REDACTED = 4;

    private final List<ParseProblem> errors = new ArrayList<>();
    private final List<ParseProblem> warnings = new ArrayList<>();
    private final List<String> secrets = new ArrayList<>();

    void error(int position, String problem, String remedy) {
        errors.add(ParseProblem.at(position, problem, remedy));
    }

    void warning(int position, String problem, String remedy) {
        warnings.add(ParseProblem.at(position, problem, remedy));
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    /**
     * Registers a password so that no message can carry it. Messages are written never to quote a password; this is
     * the second line of defence, for a keyword or host name that happens to contain it.
     */
    void redact(String secret) {
        if (secret != null && secret.length() >= SHORTEST_REDACTED) {
            secrets.add(secret);
        }
    }

    List<ParseProblem> errors() {
        return scrubbed(errors);
    }

    List<ParseProblem> warnings() {
        return scrubbed(warnings);
    }

    private List<ParseProblem> scrubbed(List<ParseProblem> problems) {
        List<ParseProblem> out = new ArrayList<>(problems.size());
        for (ParseProblem problem : problems) {
            String message = problem.message();
            for (String secret : secrets) {
                message = message.replace(secret, Secret.MASK);
            }
            out.add(new ParseProblem(problem.position(), message));
        }
        return out;
    }
}
