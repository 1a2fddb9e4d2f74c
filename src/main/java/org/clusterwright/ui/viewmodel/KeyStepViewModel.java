package org.clusterwright.ui.viewmodel;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.CheckRun;
import org.clusterwright.check.RunSummary;
import org.clusterwright.database.SharedConnectionString;
import org.clusterwright.engine.KeyStepPlan;
import org.clusterwright.engine.KeyWorkflow;
import org.clusterwright.engine.Step;
import org.clusterwright.journal.AppliedChanges;
import org.clusterwright.journal.RecordedChange;
import org.clusterwright.keys.AppliedPlan;
import org.clusterwright.keys.InstallationKnowledge;
import org.clusterwright.keys.KeyApplyListener;
import org.clusterwright.keys.KeyChoice;
import org.clusterwright.keys.KeyInspection;
import org.clusterwright.keys.KeyPlan;
import org.clusterwright.keys.KeyReadCheck;
import org.clusterwright.keys.KeySurvey;
import org.clusterwright.keys.NodeApplyResult;
import org.clusterwright.keys.NodeKeyReading;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.secrets.Secret;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Encryption key step behind its page, on {@link KeyWorkflow} as the command line is: the survey (every node's
 * key and the database's installation) runs as the step's check run, so the grid fills as each node answers;
 * deciding is instant and writes nothing; applying and restoring run off the FX thread, node by node, and end by
 * reading every node again.
 */
public final class KeyStepViewModel {
    private final WizardModel model;
    private final CheckRunViewModel checks;
    private final java.util.concurrent.Executor fxThread;
    private final ObservableList<KeyMatrixRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<KeyPlan> plan = new ReadOnlyObjectWrapper<>();
    private final BackgroundWork background;
    private final ReadOnlyBooleanWrapper canRestore = new ReadOnlyBooleanWrapper();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty distributeConnectionString = new SimpleBooleanProperty(true);
    private final ObjectProperty<Path> exportFolder = new SimpleObjectProperty<>();

    private Optional<KeySurvey> survey = Optional.empty();
    private KeyChoice choice = KeyChoice.adoptCommon();
    private KeyStepPlan stepPlan;
    private List<NodeApplyResult> lastApplied = List.of();
    private boolean updating;

    public KeyStepViewModel(WizardModel model, CheckRunViewModel checks, java.util.concurrent.Executor fxThread) {
        this.model = model;
        this.checks = checks;
        this.fxThread = fxThread;
        this.background = new BackgroundWork("key-apply", fxThread);
        checks.customise(planner -> workflow().surveyChecks(), this::afterSurvey);
        // the database's answers count for the decision; the grid shows the nodes' reads, as the command line does
        checks.showWhileRunning(result -> result.id().equals(KeyReadCheck.ID));
        // an edit elsewhere (the node list, another profile) drops the step's results: what was read is stale too
        model.results(Step.ENCRYPTION_KEY).addListener((ListChangeListener<CheckResult>) change -> {
            if (!updating && change.getList().isEmpty() && !background.isBusy()) {
                forget();
            }
        });
        distributeConnectionString.addListener((obs, was, now) -> replanIfRead());
    }

    public CheckRunViewModel checks() {
        return checks;
    }

    public ObservableList<KeyMatrixRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<KeyPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return background.busyProperty();
    }

    public ReadOnlyBooleanProperty canRestoreProperty() {
        return canRestore.getReadOnlyProperty();
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty distributeConnectionStringProperty() {
        return distributeConnectionString;
    }

    public ObjectProperty<Path> exportFolderProperty() {
        return exportFolder;
    }

    /** The plan Apply writes, once the servers were read in this session. */
    public Optional<KeyStepPlan> currentPlan() {
        return Optional.ofNullable(stepPlan);
    }

    /** The person's key decision so far (the most common key until they chose another). */
    public KeyChoice choice() {
        return choice;
    }

    /** True once the nodes have been read, so a decision can be made over what they hold. */
    public boolean hasReadNodes() {
        return !inspection().readings().isEmpty();
    }

    /** Whether the database holds an installation, as the last survey asked it; empty when it could not tell. */
    public Optional<Boolean> existingInstallation() {
        return survey.map(KeySurvey::installation).filter(known -> known.source() == InstallationKnowledge.Source.DATABASE)
                .map(InstallationKnowledge::existing);
    }

    /** The words the page shows about the database's installation, as the key decision depends on it. */
    public String installationNote() {
        if (survey.isEmpty()) {
            return "Reading the servers' keys also asks the database whether it holds an installation; until then an "
                    + "existing installation is assumed, so a new key needs your explicit confirmation.";
        }
        return existingInstallation().map(existing -> existing
                        ? "The database holds an existing installation: its key must be kept, or the secrets stored "
                        + "with it become unreadable."
                        : "The database holds no installation: a new key is safe if no server has one yet.")
                .orElse("The database could not tell, so an existing installation is assumed: a new key needs your "
                        + "explicit confirmation. (" + survey.get().installation().basis() + ")");
    }

    /** What step 1's connection string means for this plan, in words: handed out to every node, or why not. */
    public SharedConnectionString.Lookup sharedConnectionString() {
        return SharedConnectionString.of(model.profile(), model.secrets());
    }

    /** Why the current plan hands no connection string out although one was asked for; empty when it does. */
    public Optional<String> connectionStringNote() {
        return stepPlan == null ? Optional.empty() : stepPlan.connectionStringNote();
    }

    public boolean hasDockerNodes() {
        return model.profile().getNodes().stream().anyMatch(n -> n.getAccess().container());
    }

    /** Adopt the key one node has. */
    public void adoptFrom(String target) {
        decide(KeyChoice.adoptFrom(target));
    }

    /** Use a key the user typed or pasted, for example the original one from a backup. */
    public void useTypedKey(Secret key, String confirmation) {
        decide(KeyChoice.typed(key, confirmation));
    }

    /** Generate a new key. Over an existing key or installation the plan refuses unless the confirmation matches. */
    public void generate(String confirmation) {
        decide(KeyChoice.generate(confirmation));
    }

    /** True when a new key would replace one a node or the database already depends on. */
    public boolean generatingNeedsConfirmation() {
        return existingInstallation().orElse(true) || inspection().readings().stream().anyMatch(NodeKeyReading::hasKey);
    }

    /** The cluster's key, for Reveal and Copy: the planned key, else the one kept for this profile. */
    public Optional<Secret> clusterKey() {
        KeyPlan current = plan.get();
        if (current != null && current.key().isPresent()) {
            return current.key();
        }
        return model.secrets().get(model.profile().getId(), model.profile().getEncryptionKey().keyRef());
    }

    /** Writes the plan to every node, with backups, then reads them all again. Call on the FX thread. */
    public void apply() {
        KeyStepPlan current = stepPlan;
        if (current == null || !current.plan().canApply() || background.isBusy()) {
            return;
        }
        KeyWorkflow workflow = workflow();
        Optional<Path> folder = Optional.ofNullable(exportFolder.get());
        runInBackground("Writing", "key apply", () -> workflow.apply(current, folder, progressListener("Writing")),
                applied -> AppliedChanges.ofKeyWrites(Optional.of(current.plan()), applied.applied(),
                        NodeApplyResult.APPLY),
                applied -> {
                    lastApplied = applied.applied();
                    canRestore.set(applied.wroteAnything());
                    return "Applied: " + count(applied, NodeApplyResult.Result.APPLIED) + " written, "
                            + count(applied, NodeApplyResult.Result.FAILED) + " failed. ";
                });
    }

    /** Puts back the backups the last apply made, then reads every node again. Call on the FX thread. */
    public void restore() {
        if (lastApplied.isEmpty() || background.isBusy()) {
            return;
        }
        List<NodeApplyResult> toRestore = lastApplied;
        KeyWorkflow workflow = workflow();
        runInBackground("Restoring", "key restore", () -> workflow.restore(toRestore, progressListener("Restoring")),
                restored -> AppliedChanges.ofKeyWrites(Optional.empty(), restored.applied(), NodeApplyResult.RESTORE),
                restored -> {
                    lastApplied = List.of();
                    canRestore.set(false);
                    choice = KeyChoice.adoptCommon();
                    return "Restored: " + count(restored, NodeApplyResult.Result.RESTORED) + " put back, "
                            + count(restored, NodeApplyResult.Result.FAILED) + " failed. ";
                });
    }

    private interface Work {
        AppliedPlan run() throws InterruptedException;
    }

    /** Runs a write off the FX thread, then shows and records ({@code action}) what it did and {@code changed}. */
    private void runInBackground(String verb, String action, Work work,
                                 Function<AppliedPlan, List<RecordedChange>> changed, Function<AppliedPlan, String> describe) {
        progress.set(0);
        status.set(verb + "…");
        Instant started = Instant.now();
        background.start(() -> {
            AppliedPlan done = work.run();
            return () -> {
                // recorded before the page moves on, so the journal holds the write by the time the page says it
                Optional<String> unrecorded = model.record(action, Step.ENCRYPTION_KEY, started, done.report(),
                        changed.apply(done));
                finishWrite(done, describe.apply(done));
                unrecorded.ifPresent(problem -> status.set(status.get() + " " + problem));
            };
        }, failure -> failure instanceof InterruptedException
                ? () -> status.set(verb + " was interrupted; read the nodes again to see their state.")
                // messages of the key code never hold a key or password, so they can be shown as they are
                : () -> status.set(verb + " stopped: " + failure.getMessage()));
    }

    private void finishWrite(AppliedPlan done, String summary) {
        survey = survey.map(before -> new KeySurvey(done.after(), before.installation(), before.databaseResults()));
        progress.set(1);
        survey.ifPresent(known -> showPlan(workflow().plan(known, choice, distributeConnectionString.get())));
        updating = true;
        try {
            model.results(Step.ENCRYPTION_KEY).setAll(done.report());
        } finally {
            updating = false;
        }
        String consistency = done.report().stream().filter(r -> r.id().value().equals("key.consistent")).findFirst()
                .map(CheckResult::summary).orElse("");
        status.set(summary + consistency);
        checks.statusProperty().set("Done. " + RunSummary.of(done.report()) + ".");
    }

    private KeyApplyListener progressListener(String verb) {
        return new KeyApplyListener() {
            @Override
            public void started(String target, int index, int total) {
                fxThread.execute(() -> status.set(verb + " " + target + " (" + (index + 1) + " of " + total + ")…"));
            }

            @Override
            public void finished(NodeApplyResult result, int index, int total) {
                fxThread.execute(() -> progress.set((index + 1) / (double) total));
            }
        };
    }

    private void afterSurvey(CheckRun run) {
        survey = Optional.of(workflow().survey(run, Optional.empty()));
        replan();
    }

    private void decide(KeyChoice chosen) {
        choice = chosen;
        replan();
    }

    private void replanIfRead() {
        if (hasReadNodes() || plan.get() != null) {
            replan();
        }
    }

    private void replan() {
        KeySurvey known = survey.orElseGet(() -> new KeySurvey(new KeyInspection(List.of(), List.of()),
                InstallationKnowledge.assumed("the servers' keys have not been read"), List.of()));
        KeyStepPlan planned = workflow().plan(known, choice, distributeConnectionString.get());
        choice = planned.choice();
        keepChosenKey(planned.plan());
        updating = true;
        try {
            model.results(Step.ENCRYPTION_KEY).setAll(planned.results());
        } finally {
            updating = false;
        }
        // the plan last: whoever follows it finds the results it was made with already in place
        showPlan(planned);
        KeyPlan decided = planned.plan();
        status.set(decided.canApply() ? "Ready to apply the key " + decided.fingerprint() + "."
                + planned.restartNotice().map(notice -> " " + notice).orElse("")
                : decided.key().isEmpty() ? "No key can be applied yet: see key.decision."
                : decided.blockers().size() + " server(s) cannot take the key yet: see key.plan.");
        checks.statusProperty().set("Done. " + RunSummary.of(planned.results()) + ".");
    }

    private void showPlan(KeyStepPlan planned) {
        stepPlan = planned;
        plan.set(planned.plan());
        rows.setAll(KeyMatrixRow.of(planned.plan()));
    }

    /** The decided key becomes the profile's (its fingerprint) and the secret store's (the key itself). */
    private void keepChosenKey(KeyPlan planned) {
        if (planned.key().isEmpty() || planned.fingerprint().equals(model.profile().getEncryptionKey().getFingerprint())) {
            return;
        }
        workflow().service().remember(planned);
        model.decided();
    }

    private KeyInspection inspection() {
        return survey.map(KeySurvey::inspection).orElse(new KeyInspection(List.of(), List.of()));
    }

    private void forget() {
        survey = Optional.empty();
        choice = KeyChoice.adoptCommon();
        stepPlan = null;
        plan.set(null);
        rows.clear();
    }

    private KeyWorkflow workflow() {
        return new KeyWorkflow(model.profile(), model.secrets(), checks.deadline());
    }

    private static long count(AppliedPlan plan, NodeApplyResult.Result result) {
        return plan.applied().stream().filter(r -> r.result() == result).count();
    }
}
