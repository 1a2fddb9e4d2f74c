package org.clusterwright.ui;

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
import org.clusterwright.check.CheckId;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.RunSummary;
import org.clusterwright.check.Status;
import org.clusterwright.database.Installation;
import org.clusterwright.database.SharedConnectionString;
import org.clusterwright.engine.Step;
import org.clusterwright.keys.AppliedPlan;
import org.clusterwright.keys.InstallationKnowledge;
import org.clusterwright.keys.KeyApplyListener;
import org.clusterwright.keys.KeyInspection;
import org.clusterwright.keys.KeyPlan;
import org.clusterwright.keys.KeyRequest;
import org.clusterwright.keys.KeyService;
import org.clusterwright.keys.NodeApplyResult;
import org.clusterwright.keys.NodeKeyReading;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.ProfileProblem.Section;
import org.clusterwright.secrets.Secret;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The Encryption key step behind its page: what every node holds, the key the cluster gets, and writing it.
 * Reading runs as the step's check run, so the grid fills as each node answers; deciding is instant and writes
 * nothing; applying and restoring run off the FX thread, node by node, and end by reading every node again.
 */
public final class KeyStepViewModel {
    private static final CheckId INSTALLATION = CheckId.of("db.installation");
    private static final CheckId CONSISTENT = CheckId.of("key.consistent");

    private final WizardModel model;
    private final CheckRunViewModel checks;
    private final java.util.concurrent.Executor fxThread;
    private final Map<String, NodeKeyReading> readings = new ConcurrentHashMap<>();
    private final ObservableList<KeyMatrixRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<KeyPlan> plan = new ReadOnlyObjectWrapper<>();
    private final BackgroundWork background;
    private final ReadOnlyBooleanWrapper canRestore = new ReadOnlyBooleanWrapper();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty distributeConnectionString = new SimpleBooleanProperty(true);
    private final ObjectProperty<Path> exportFolder = new SimpleObjectProperty<>();

    private KeyInspection inspection = new KeyInspection(List.of(), List.of());
    private List<CheckResult> runResults = List.of();
    private UnaryOperator<KeyRequest> choice = UnaryOperator.identity();
    private List<NodeApplyResult> lastApplied = List.of();
    private boolean updating;

    public KeyStepViewModel(WizardModel model, CheckRunViewModel checks, java.util.concurrent.Executor fxThread) {
        this.model = model;
        this.checks = checks;
        this.fxThread = fxThread;
        this.background = new BackgroundWork("key-apply", fxThread);
        checks.customise(planner -> planner.plan(model.profile(), model.secrets(), List.of(Step.ENCRYPTION_KEY), readings),
                this::afterRead);
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

    /** True once the nodes have been read, so a decision can be made over what they hold. */
    public boolean hasReadNodes() {
        return !inspection.readings().isEmpty();
    }

    /** Whether step 1 found an installation in the database; empty when step 1 has not told. */
    public Optional<Boolean> existingInstallation() {
        return step1Installation().map(Installation::existing);
    }

    /** What step 1's db.installation found, rebuilt from its evidence; empty when it has not run or could not tell. */
    private Optional<Installation> step1Installation() {
        return model.results(Step.DATABASE).stream()
                .filter(r -> r.id().equals(INSTALLATION) && (r.status() == Status.PASS || r.status() == Status.WARN))
                .map(CheckResult::evidence).filter(e -> e.containsKey("existingInstallation")).findFirst()
                .map(e -> new Installation(Boolean.parseBoolean(e.get("existingInstallation")), number(e.get("scripts")),
                        e.getOrDefault("latestScript", ""), e.getOrDefault("lastExecuted", ""),
                        number(e.get("failedScripts")), number(e.get("tables"))));
    }

    private InstallationKnowledge installationKnowledge() {
        return step1Installation().map(InstallationKnowledge::fromDatabase)
                .orElse(InstallationKnowledge.assumed("step 1's database test has not run in this session"));
    }

    private static long number(String text) {
        try {
            return text == null ? 0 : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The words the page shows about what step 1 found, as the key decision depends on it. */
    public String installationNote() {
        return existingInstallation().map(existing -> existing
                        ? "Step 1 found an existing installation in the database: its key must be kept, or the secrets "
                        + "stored with it become unreadable."
                        : "Step 1 found no installation in the database: a new key is safe if no server has one yet.")
                .orElse("Step 1's database test has not run, so an existing installation is assumed: a new key "
                        + "needs your explicit confirmation.");
    }

    /** What step 1's connection string means for this plan, in words: handed out to every node, or why not. */
    public SharedConnectionString.Lookup sharedConnectionString() {
        return SharedConnectionString.of(model.profile(), model.secrets());
    }

    public boolean hasDockerNodes() {
        return model.profile().getNodes().stream().anyMatch(n -> n.getAccess() == NodeAccess.DOCKER);
    }

    /** Adopt the key one node has. */
    public void adoptFrom(String target) {
        decide(request -> request.adoptingFrom(target));
    }

    /** Use a key the user typed or pasted, for example the original one from a backup. */
    public void useTypedKey(Secret key, String confirmation) {
        decide(request -> request.withTypedKey(key, confirmation));
    }

    /** Generate a new key. Over an existing key or installation the plan refuses unless the confirmation matches. */
    public void generate(String confirmation) {
        decide(request -> request.generating(confirmation));
    }

    /** True when a new key would replace one a node or the database already depends on. */
    public boolean generatingNeedsConfirmation() {
        return existingInstallation().orElse(true) || inspection.readings().stream().anyMatch(NodeKeyReading::hasKey);
    }

    /** The cluster's key, for Reveal and Copy: the planned key, else the one kept for this profile. */
    public Optional<Secret> clusterKey() {
        KeyPlan current = plan.get();
        if (current != null && current.key().isPresent()) {
            return current.key();
        }
        var ref = model.profile().getEncryptionKey().getKey();
        return ref == null ? Optional.empty() : model.secrets().get(model.profile().getId(), ref);
    }

    /** Writes the plan to every node, with backups, then reads them all again. Call on the FX thread. */
    public void apply() {
        KeyPlan current = plan.get();
        if (current == null || !current.canApply() || background.isBusy()) {
            return;
        }
        KeyService service = service();
        Optional<Path> folder = Optional.ofNullable(exportFolder.get());
        runInBackground("Writing", () -> service.applyAndVerify(current, folder, progressListener("Writing")),
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
        KeyService service = service();
        runInBackground("Restoring", () -> service.restoreAndVerify(toRestore, progressListener("Restoring")),
                restored -> {
                    lastApplied = List.of();
                    canRestore.set(false);
                    choice = UnaryOperator.identity();
                    return "Restored: " + count(restored, NodeApplyResult.Result.RESTORED) + " put back, "
                            + count(restored, NodeApplyResult.Result.FAILED) + " failed. ";
                });
    }

    private interface Work {
        AppliedPlan run() throws InterruptedException;
    }

    private void runInBackground(String verb, Work work, java.util.function.Function<AppliedPlan, String> describe) {
        progress.set(0);
        status.set(verb + "…");
        background.start(() -> {
            AppliedPlan done = work.run();
            return () -> finishWrite(done, describe.apply(done));
        }, failure -> failure instanceof InterruptedException
                ? () -> status.set(verb + " was interrupted; read the nodes again to see their state.")
                // messages of the key code never hold a key or password, so they can be shown as they are
                : () -> status.set(verb + " stopped: " + failure.getMessage()));
    }

    private void finishWrite(AppliedPlan done, String summary) {
        inspection = done.after();
        progress.set(1);
        KeyPlan replanned = service().plan(inspection, request());
        showPlan(replanned);
        updating = true;
        try {
            model.results(Step.ENCRYPTION_KEY).setAll(done.report());
        } finally {
            updating = false;
        }
        String consistency = done.report().stream().filter(r -> r.id().equals(CONSISTENT)).findFirst()
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

    private void afterRead(List<CheckResult> all) {
        inspection = service().collect(readings, all);
        readings.clear();
        runResults = List.copyOf(all);
        replan();
    }

    private void decide(UnaryOperator<KeyRequest> chosen) {
        choice = chosen;
        replan();
    }

    private void replanIfRead() {
        if (hasReadNodes() || plan.get() != null) {
            replan();
        }
    }

    private void replan() {
        KeyPlan planned = service().plan(inspection, request());
        if (planned.decision() == KeyPlan.Decision.GENERATE) {
            // keep the generated key through later replanning (a toggled option must not roll a new key)
            String confirmation = planned.confirmation().isEmpty() ? request().confirmation() : planned.confirmation();
            Secret generated = planned.key().orElseThrow();
            choice = request -> request.generating(confirmation, generated);
        }
        keepChosenKey(planned);
        showPlan(planned);
        List<CheckResult> shown = new ArrayList<>(runResults);
        boolean consistencyShown = shown.stream().anyMatch(r -> r.id().equals(CONSISTENT));
        planned.results().stream().filter(r -> !(consistencyShown && r.id().equals(CONSISTENT))).forEach(shown::add);
        updating = true;
        try {
            model.results(Step.ENCRYPTION_KEY).setAll(shown);
        } finally {
            updating = false;
        }
        status.set(planned.canApply() ? "Ready to apply the key " + planned.fingerprint() + "."
                : planned.key().isEmpty() ? "No key can be applied yet: see key.decision."
                : planned.blockers().size() + " server(s) cannot take the key yet: see key.plan.");
        checks.statusProperty().set("Done. " + RunSummary.of(shown) + ".");
    }

    private void showPlan(KeyPlan planned) {
        plan.set(planned);
        rows.setAll(KeyMatrixRow.of(planned));
    }

    /** The decided key becomes the profile's (its fingerprint) and the secret store's (the key itself). */
    private void keepChosenKey(KeyPlan planned) {
        if (planned.key().isEmpty() || planned.fingerprint().equals(model.profile().getEncryptionKey().getFingerprint())) {
            return;
        }
        service().remember(planned);
        updating = true;
        try {
            model.edited(Section.ENCRYPTION_KEY);
        } finally {
            updating = false;
        }
    }

    private KeyRequest request() {
        KeyRequest base = KeyRequest.adoptExisting(installationKnowledge());
        if (distributeConnectionString.get()) {
            Optional<SharedConnectionString> shared = sharedConnectionString().value();
            if (shared.isPresent()) {
                base = base.withConnectionString(shared.get());
            }
        }
        return choice.apply(base);
    }

    private void forget() {
        inspection = new KeyInspection(List.of(), List.of());
        runResults = List.of();
        choice = UnaryOperator.identity();
        plan.set(null);
        rows.clear();
    }

    private KeyService service() {
        return KeyService.forProfile(model.profile(), model.secrets(), checks.deadline());
    }

    private static long count(AppliedPlan plan, NodeApplyResult.Result result) {
        return plan.applied().stream().filter(r -> r.result() == result).count();
    }
}
