package org.clusterwright.database;

import java.util.List;
import java.util.Optional;

/**
 * What {@link ConnectionStringParser#parse} found. A value is present exactly when there are no errors, so callers
 * cannot use a half-understood connection string by accident; warnings come with or without a value.
 */
public final class ParseOutcome {
    private final ConnectionString value;
    private final List<ParseProblem> errors;
    private final List<ParseProblem> warnings;

    private ParseOutcome(ConnectionString value, List<ParseProblem> errors, List<ParseProblem> warnings) {
        this.errors = List.copyOf(errors);
        this.warnings = List.copyOf(warnings);
        this.value = this.errors.isEmpty() ? value : null;
    }

    static ParseOutcome of(ConnectionString value, Problems problems) {
        return new ParseOutcome(value, problems.errors(), problems.warnings());
    }

    static ParseOutcome failed(ParseProblem error) {
        return new ParseOutcome(null, List.of(error), List.of());
    }

    public Optional<ConnectionString> value() {
        return Optional.ofNullable(value);
    }

    public List<ParseProblem> errors() {
        return errors;
    }

    public List<ParseProblem> warnings() {
        return warnings;
    }

    public boolean ok() {
        return errors.isEmpty() && value != null;
    }

    /** Safe to log: the value prints masked and messages never hold the password. */
    @Override
    public String toString() {
        return (ok() ? "ok " + value : "failed") + ", errors=" + errors + ", warnings=" + warnings;
    }
}
