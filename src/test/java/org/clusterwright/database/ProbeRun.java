package org.clusterwright.database;

import org.clusterwright.check.Check;
import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.CheckRunner;
import org.clusterwright.check.Outcome;
import org.clusterwright.check.Status;
import org.clusterwright.check.TargetChecks;
import org.clusterwright.profile.DatabaseKind;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.VersionLine;
import org.clusterwright.secrets.Secret;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs db.parse and the probe for a profile the way the planner does, and reads the results. */
final class ProbeRun {
    private ProbeRun() {
    }

    static Profile profile(DatabaseKind kind, String connectionString, Product product, VersionLine line) {
        Profile profile = new Profile();
        profile.setName("probe test");
        profile.setProduct(product);
        profile.setVersionLine(line);
        profile.getDatabase().setKind(kind);
        profile.getDatabase().setConnectionString(connectionString);
        return profile;
    }

    static List<Check> checks(Profile profile, String password, ProbeOptions options) {
        List<Check> checks = new ArrayList<>();
        checks.add(new ConnectionStringCheck(profile.getDatabase()));
        checks.addAll(DatabaseProbe.checks(profile, Optional.ofNullable(password).map(Secret::of), options,
                Clock.systemUTC()));
        return checks;
    }

    /** Runs through the real runner (deadlines, skipping) and checks that the password shows nowhere. */
    static Map<String, CheckResult> run(Profile profile, String password, ProbeOptions options, Duration deadline)
            throws InterruptedException {
        List<CheckResult> results = new CheckRunner(deadline)
                .runAll(List.of(new TargetChecks("database", checks(profile, password, options))));
        if (password != null && !password.isEmpty()) {
            assertThat(results).allSatisfy(result -> assertThat(result.toString()).doesNotContain(password));
        }
        Map<String, CheckResult> byId = new LinkedHashMap<>();
        results.forEach(result -> byId.put(result.id().value(), result));
        return byId;
    }

    /** Runs every check in order on one context, like the runner, so a test can read what they left behind. */
    static CheckContext runInOrder(List<Check> checks, Duration deadline) throws Exception {
        CheckContext context = new CheckContext("database", deadline);
        for (Check check : checks) {
            Outcome outcome = check.run(context);
            assertThat(outcome.status()).as(check.id() + ": " + outcome.summary())
                    .isIn(Status.PASS, Status.WARN);
        }
        return context;
    }

    static Map<String, Status> statuses(Map<String, CheckResult> results) {
        Map<String, Status> statuses = new LinkedHashMap<>();
        results.forEach((id, result) -> statuses.put(id, result.status()));
        return statuses;
    }
}
