package org.clusterwright.profile;

/**
 * Something wrong with what the user typed: which section and field, what is wrong, what to do. Errors block the
 * steps that need the field; warnings are shown and let the user go on.
 */
public record ProfileProblem(Section section, String field, boolean blocking, String message, String remedy) {

    /** The parts of a profile, matching the wizard's steps. HIGH_AVAILABILITY (the per-node switches) has no form rules. */
    public enum Section { GENERAL, NODES, DATABASE, ENCRYPTION_KEY, STORAGE, HIGH_AVAILABILITY, LOAD_BALANCER }

    public static ProfileProblem error(Section section, String field, String message, String remedy) {
        return new ProfileProblem(section, field, true, message, remedy);
    }

    public static ProfileProblem warning(Section section, String field, String message, String remedy) {
        return new ProfileProblem(section, field, false, message, remedy);
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
