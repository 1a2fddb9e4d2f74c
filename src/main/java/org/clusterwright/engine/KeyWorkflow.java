package org.clusterwright.engine;

import org.clusterwright.check.CheckId;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.CheckRun;
import org.clusterwright.check.CheckRunner;
import org.clusterwright.check.Status;
import org.clusterwright.check.TargetChecks;
import org.clusterwright.database.SharedConnectionString;
import org.clusterwright.keys.AppliedPlan;
import org.clusterwright.keys.InstallationKnowledge;
import org.clusterwright.keys.KeyApplyListener;
import org.clusterwright.keys.KeyChoice;
import org.clusterwright.keys.KeyInspection;
import org.clusterwright.keys.KeyPlan;
import org.clusterwright.keys.KeyRequest;
import org.clusterwright.keys.KeyService;
import org.clusterwright.keys.KeySurvey;
import org.clusterwright.keys.NodeApplyResult;
import org.clusterwright.profile.Profile;
import org.clusterwright.secrets.SecretStore;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The encryption-key step, once, for the wizard and the command line: survey (every node's key and the database's
 * installation, in one parallel run), decide and plan from the person's {@link KeyChoice}, apply node by node and
 * read every node back, restore. Both faces call this and show what it returns, so they reach the same decision
 * from the same findings.
 */
public final class KeyWorkflow {
    private static final CheckId DB_LOGIN = CheckId.of("db.login");

    private final Profile profile;
    private final SecretStore secrets;
    private final Duration deadline;
    private final KeyService service;

    public KeyWorkflow(Profile profile, SecretStore secrets, Duration deadline) {
        this(profile, secrets, deadline, KeyService.forProfile(profile, secrets, deadline));
    }

    /** With a service of the caller's (nodes reached another way), for tests. */
    public KeyWorkflow(Profile profile, SecretStore secrets, Duration deadline, KeyService service) {
        this.profile = profile;
        this.secrets = secrets;
        this.deadline = deadline;
        this.service = service;
    }

    public KeyService service() {
        return service;
    }

    /**
     * The survey's checks: step 1's database checks (when the profile has a connection string), which answer
     * whether an installation exists, and {@code key.read} for every node, all in parallel.
     */
    public List<TargetChecks> surveyChecks() {
        List<TargetChecks> plan = new ArrayList<>();
        new InstallationQuestion(profile, secrets).checks().ifPresent(plan::add);
        plan.addAll(service.readChecks());
        return plan;
    }

    /** Runs the survey. {@code stated}: what the person said of the installation (true: one exists). */
    public KeySurvey survey(Optional<Boolean> stated) throws InterruptedException {
        return survey(new CheckRunner(deadline).runToEnd(surveyChecks()), stated);
    }

    /**
     * What a finished run of {@link #surveyChecks()} found. The database knows better than the person, so
     * {@code stated} counts only when the database could not be asked; with neither, an installation is assumed.
     */
    public KeySurvey survey(CheckRun run, Optional<Boolean> stated) {
        List<CheckResult> results = run.results().join();
        KeyInspection inspection = service.inspection(run.findings(), results);
        InstallationKnowledge installation = new InstallationQuestion(profile, secrets)
                .answer(run.findings(), results, stated);
        return new KeySurvey(inspection, installation, InstallationQuestion.databaseResults(results));
    }

    /** The same plan, with every gate in place. */
    public KeyStepPlan plan(KeySurvey survey, KeyChoice choice, boolean handOutConnectionString) {
        return plan(survey, choice, handOutConnectionString, Set.of());
    }

    /**
     * Decides the key and what it means for each node. Writes nothing. With {@code handOutConnectionString}
     * every node also gets step 1's connection string, on the proof of {@code db.login} in the survey (unless the
     * {@link WriteGate#CONNECTION_STRING} gate is {@code forced}, which the results then record); without that
     * proof, or without its password, the plan says why the nodes keep their own.
     */
    public KeyStepPlan plan(KeySurvey survey, KeyChoice choice, boolean handOutConnectionString, Set<WriteGate> forced) {
        KeyRequest request = KeyRequest.adoptExisting();
        Optional<String> note = Optional.empty();
        List<CheckResult> forcing = new ArrayList<>();
        if (handOutConnectionString) {
            SharedConnectionString.Lookup shared = SharedConnectionString.of(profile, secrets);
            Optional<String> unproven = loginUnproven(survey);
            if (shared.value().isEmpty()) {
                note = hasConnectionString() ? Optional.of("the nodes keep their own connection strings: "
                        + shared.reason()) : Optional.empty();
            } else if (unproven.isPresent() && !forced.contains(WriteGate.CONNECTION_STRING)) {
                note = Optional.of("the nodes keep their own connection strings: " + unproven.get() + ". Fix the "
                        + "login and read again, or give --force " + WriteGate.CONNECTION_STRING.id() + ".");
            } else {
                request = request.withConnectionString(shared.value().get());
                unproven.ifPresent(why -> forcing.add(WriteGate.CONNECTION_STRING.forced(KeyService.CLUSTER_TARGET, why)));
            }
        }
        KeyPlan plan = service.plan(survey, choice.applyTo(request));
        List<CheckResult> results = new ArrayList<>(survey.inspection().results());
        results.addAll(plan.results());
        results.addAll(forcing);
        return new KeyStepPlan(plan, results, choice.keeping(plan), note, RestartNotice.forPlan(profile, plan));
    }

    /** Why the survey did not prove the connection string's login, or empty when {@code db.login} passed. */
    private static Optional<String> loginUnproven(KeySurvey survey) {
        Optional<CheckResult> login = survey.databaseResults().stream()
                .filter(r -> r.id().equals(DB_LOGIN)).findFirst();
        if (login.isPresent() && login.get().status() == Status.PASS) {
            return Optional.empty();
        }
        return Optional.of(login.map(r -> "db.login " + r.status() + " in this run (" + r.summary() + ")")
                .orElse("db.login did not run in this run"));
    }

    /**
     * Writes the plan node by node (backup, atomic replace, read back), then reads every node again and judges
     * the cluster from what was read. Docker/Linux files go to {@code exportFolder} when given.
     */
    public AppliedPlan apply(KeyStepPlan planned, Optional<Path> exportFolder, KeyApplyListener listener)
            throws InterruptedException {
        AppliedPlan applied = service.applyAndVerify(planned.plan(), exportFolder, listener);
        List<CheckResult> report = new ArrayList<>(applied.report());
        planned.results().stream().filter(r -> r.id().equals(WriteGate.FORCED)).forEach(report::add);
        RestartNotice.forApply(profile, applied).ifPresent(report::add);
        return new AppliedPlan(applied.applied(), applied.after(), report);
    }

    /** Puts back what an apply wrote, from the backups it made, then reads every node again. */
    public AppliedPlan restore(List<NodeApplyResult> applied, KeyApplyListener listener) throws InterruptedException {
        return service.restoreAndVerify(applied, listener);
    }

    /** Puts back the named backups (target name to backup file name), then reads every node again. */
    public AppliedPlan restore(Map<String, String> backups, KeyApplyListener listener) throws InterruptedException {
        return service.restoreAndVerify(backups, listener);
    }

    private boolean hasConnectionString() {
        String text = profile.getDatabase().getConnectionString();
        return text != null && !text.isBlank();
    }
}
