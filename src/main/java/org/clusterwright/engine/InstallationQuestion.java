package org.clusterwright.engine;

import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Findings;
import org.clusterwright.check.TargetChecks;
import org.clusterwright.database.DatabaseProbe;
import org.clusterwright.database.Installation;
import org.clusterwright.keys.InstallationKnowledge;
import org.clusterwright.profile.Profile;
import org.clusterwright.secrets.SecretStore;

import java.util.List;
import java.util.Optional;

/**
 * Asks the database whether it holds an installation, for the key decision: step 1's database checks, run with the
 * node reads, then {@link #answer} from what {@code db.installation} found. The database's answer beats the
 * person's statement; the statement counts when the database could not be asked; with neither, an installation is
 * assumed.
 */
final class InstallationQuestion {
    private final Optional<TargetChecks> probe;

    InstallationQuestion(Profile profile, SecretStore secrets) {
        this.probe = CheckPlanner.databaseTarget(profile, secrets);
    }

    /** The probe's target, or nothing when the profile has no connection string to ask with. */
    Optional<TargetChecks> checks() {
        return probe;
    }

    /** What is known, from a run that held {@link #checks()}, and what the person {@code stated} (true: installed). */
    InstallationKnowledge answer(Findings findings, List<CheckResult> results, Optional<Boolean> stated) {
        Optional<Installation> found = findings.get(CheckPlanner.DATABASE_TARGET, DatabaseProbe.INSTALLATION);
        if (probe.isPresent() && found.isPresent()) {
            return InstallationKnowledge.fromDatabase(found.get());
        }
        String why = probe.isEmpty() ? "the profile has no database connection string"
                : "the database could not be asked: " + firstProblem(results);
        return stated.map(existing -> InstallationKnowledge.stated(existing, why))
                .orElseGet(() -> InstallationKnowledge.assumed(why));
    }

    /** The probe's results within a run's results. */
    static List<CheckResult> databaseResults(List<CheckResult> results) {
        return results.stream().filter(r -> r.target().equals(CheckPlanner.DATABASE_TARGET)).toList();
    }

    private static String firstProblem(List<CheckResult> results) {
        return databaseResults(results).stream().filter(r -> !r.status().allowsDependents()).findFirst()
                .map(r -> r.id() + " " + r.status() + ", " + r.summary()).orElse("db.installation gave no answer");
    }
}
