package org.clusterwright.keys;

import org.clusterwright.database.Installation;

import java.util.Objects;

/**
 * Whether the database already holds an installation, and how that is known. The key decision rests on it: an
 * existing installation's secrets are encrypted with a key that must be kept. When nobody could ask the database,
 * an installation is assumed, the safe side, so a new key is never generated unconfirmed.
 *
 * @param existing true when an installation exists (or is assumed to)
 * @param source   where the answer came from
 * @param basis    the answer in words, for the plan and the report
 */
public record InstallationKnowledge(boolean existing, Source source, String basis) {

    public enum Source {
        /** db.installation asked the database. */
        DATABASE,
        /** The user said so, because the database could not be asked. */
        STATED,
        /** Nobody could tell: an existing installation is assumed. */
        ASSUMED
    }

    public InstallationKnowledge {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(basis, "basis");
        if (source == Source.ASSUMED && !existing) {
            throw new IllegalArgumentException("only an existing installation may be assumed");
        }
    }

    /** What db.installation found. */
    public static InstallationKnowledge fromDatabase(Installation found) {
        return new InstallationKnowledge(found.existing(), Source.DATABASE, found.existing()
                ? "db.installation: the database holds an existing installation (" + found.scripts()
                        + " schema scripts" + (found.latestScript().isEmpty() ? "" : ", latest " + found.latestScript()) + ")"
                : "db.installation: the database holds no installation yet");
    }

    /** What the user stated, with why the database itself was not the answer. */
    public static InstallationKnowledge stated(boolean existing, String why) {
        return new InstallationKnowledge(existing, Source.STATED, "stated by the user: " + (existing
                ? "an existing installation" : "no installation yet") + (why.isBlank() ? "" : " (" + why + ")"));
    }

    /** Nobody could tell; {@code why} says what stopped the database from being asked. */
    public static InstallationKnowledge assumed(String why) {
        return new InstallationKnowledge(true, Source.ASSUMED, "an existing installation is assumed: " + why);
    }

    /** The installation as the start of a sentence, for refusals ("The database holds an existing installation"). */
    String asSubject() {
        return switch (source) {
            case DATABASE -> "The database holds an existing installation";
            case STATED -> "The user stated that the database holds an existing installation";
            case ASSUMED -> "An existing installation is assumed (the database could not be asked)";
        };
    }
}
