package org.clusterwright.keys;

import org.clusterwright.check.CheckResult;
import org.clusterwright.check.TargetChecks;
import org.clusterwright.database.InstallationProbe;
import org.clusterwright.database.SharedConnectionString;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.secrets.SecretStore;

import java.util.List;
import java.util.Optional;

/**
 * Asks the database whether it holds an installation, for the key decision: the database probe's checks to run
 * with the node reads, then {@link #answer} from their results. The database's answer beats the user's statement;
 * the statement counts when the database could not be asked; with neither, an installation is assumed.
 */
final class InstallationQuestion {
    private final Optional<InstallationProbe> probe;

    InstallationQuestion(Profile profile, SecretStore secrets) {
        String connectionString = profile.getDatabase().getConnectionString();
        SecretRef passwordRef = profile.getDatabase().getPassword() == null ? SecretRef.DATABASE_PASSWORD
                : profile.getDatabase().getPassword();
        this.probe = connectionString == null || connectionString.isBlank() ? Optional.empty()
                : Optional.of(new InstallationProbe(profile, secrets.get(profile.getId(), passwordRef),
                SharedConnectionString.servicePassword(profile, secrets)));
    }

    /** The probe's target, or nothing when the profile has no connection string to ask with. */
    Optional<TargetChecks> checks() {
        return probe.map(InstallationProbe::target);
    }

    /** What is known, from the probe's {@code results} and what the user {@code stated} (true: installed). */
    InstallationKnowledge answer(List<CheckResult> results, Optional<Boolean> stated) {
        Optional<CheckResult> asked = results.stream()
                .filter(r -> r.id().equals(InstallationProbe.INSTALLATION_CHECK)).findFirst();
        // a value left behind by a check the runner gave up on is not an answer: only a finished check counts
        if (probe.isPresent() && probe.get().found().isPresent() && asked.isPresent()
                && asked.get().status().allowsDependents()) {
            return InstallationKnowledge.fromDatabase(probe.get().found().get());
        }
        String why = probe.isEmpty() ? "the profile has no database connection string"
                : "the database could not be asked: " + firstProblem(results);
        return stated.map(existing -> InstallationKnowledge.stated(existing, why))
                .orElseGet(() -> InstallationKnowledge.assumed(why));
    }

    private static String firstProblem(List<CheckResult> results) {
        return results.stream().filter(r -> !r.status().allowsDependents()).findFirst()
                .map(r -> r.id() + " " + r.status() + ", " + r.summary()).orElse("db.installation gave no answer");
    }
}
