package org.clusterwright.database;

import org.clusterwright.check.Check;
import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;
import org.clusterwright.profile.DatabaseSettings;

import java.util.stream.Collectors;

/** Parses the shared connection string and reports its errors and warnings, with positions, as a check. */
public final class ConnectionStringCheck implements Check {
    public static final CheckId ID = CheckId.of("db.parse");

    private final DatabaseSettings settings;

    public ConnectionStringCheck(DatabaseSettings settings) {
        this.settings = settings;
    }

    @Override
    public CheckId id() {
        return ID;
    }

    @Override
    public Outcome run(CheckContext context) {
        ParseOutcome outcome = ConnectionStringParser.parse(settings.getKind(), settings.getConnectionString());
        if (!outcome.ok()) {
            ParseProblem first = outcome.errors().get(0);
            String more = outcome.errors().size() > 1 ? " (and " + (outcome.errors().size() - 1) + " more)" : "";
            return Outcome.fail("The " + settings.getKind().displayName() + " connection string is malformed: "
                            + first.message() + more,
                            "Correct the connection string; every node must be given the same, valid one.")
                    .withDetail(describe(outcome))
                    .withEvidence("errors", outcome.errors().size())
                    .withEvidence("warnings", outcome.warnings().size());
        }
        ConnectionString parsed = outcome.value().orElseThrow();
        Outcome result = outcome.warnings().isEmpty()
                ? Outcome.pass("The connection string is well formed; it targets " + target(parsed) + ".")
                : Outcome.warn("The connection string is usable, with " + outcome.warnings().size() + " warning"
                        + (outcome.warnings().size() == 1 ? "" : "s") + ": " + outcome.warnings().get(0).message(),
                        "Review the warnings in the detail; each says what to change.");
        JdbcTarget jdbc = parsed.toJdbc();
        return result.withDetail(describe(outcome))
                .withEvidence("jdbc", jdbc.describeMasked())
                .withEvidence("host", parsed.host())
                .withEvidence("database", parsed.database().orElse(""));
    }

    private static String target(ConnectionString parsed) {
        String port = parsed.port().isPresent() ? ":" + parsed.port().getAsInt() : "";
        return parsed.host() + port + parsed.database().map(db -> ", database " + db).orElse("");
    }

    private static String describe(ParseOutcome outcome) {
        return java.util.stream.Stream.concat(
                        outcome.errors().stream().map(p -> "error: " + p.message()),
                        outcome.warnings().stream().map(p -> "warning: " + p.message()))
                .collect(Collectors.joining("\n"));
    }
}
