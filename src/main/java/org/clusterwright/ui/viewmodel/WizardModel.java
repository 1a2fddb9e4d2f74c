package org.clusterwright.ui.viewmodel;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Findings;
import org.clusterwright.check.RunSummary;
import org.clusterwright.database.ConnectionStringPasswords;
import org.clusterwright.engine.Step;
import org.clusterwright.journal.Face;
import org.clusterwright.journal.JournalContents;
import org.clusterwright.journal.JournalEntry;
import org.clusterwright.journal.RecordedChange;
import org.clusterwright.lab.LabWarnings;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.ProfileException;
import org.clusterwright.profile.ProfileLocations;
import org.clusterwright.profile.ProfileProblem.Section;
import org.clusterwright.profile.ProfileProblem;
import org.clusterwright.profile.ProfileStore;
import org.clusterwright.profile.ProfileValidator;
import org.clusterwright.profile.StarterProfiles;
import org.clusterwright.secrets.SecretStore;
import org.clusterwright.secrets.WriteBehindSecretStore;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one model behind every page: the profile being edited, where it is saved, its validation, and each step's
 * latest results. Pages edit the profile through it and call {@link #edited(Section)}, so validation and step
 * states follow every keystroke.
 */
public final class WizardModel {
    /** How long closing waits for secrets still being written: the keyring's own deadline. */
    private static final Duration SECRETS_PATIENCE = Duration.ofSeconds(5);

    private final ProfileStore store;
    private final WriteBehindSecretStore secrets;
    private final ProfileValidator validator = new ProfileValidator();

    private final ReadOnlyObjectWrapper<Profile> profile = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final ObservableList<ProfileProblem> problems = FXCollections.observableArrayList();
    private final Map<Step, StepRecord> steps = new EnumMap<>(Step.class);
    private final WizardJournal journal = new WizardJournal();

    public WizardModel(ProfileStore store, SecretStore secrets) {
        this.store = store;
        // a keyring write may block for seconds: the window's thread hands it on and reads it back from memory
        // a write the keyring refused after the page moved on is still an error of the page's: it surfaces there
        this.secrets = new WriteBehindSecretStore(secrets, Platform::isFxApplicationThread,
                failure -> Platform.runLater(() -> {
                    throw failure;
                }));
        for (Step step : Step.values()) {
            steps.put(step, new StepRecord(() -> inputMissing(step), result -> expectedWhy(result).isPresent()));
        }
        load(StarterProfiles.create(Product.PROGET, null), null);
    }

    public ReadOnlyObjectProperty<Profile> profileProperty() {
        return profile.getReadOnlyProperty();
    }

    public Profile profile() {
        return profile.get();
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    /** Increases with every edit and every load, for bindings that derive text from the profile. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public SecretStore secrets() {
        return secrets;
    }

    /** The wizard is closing: waits, a few seconds at most, for secrets still on their way to the store. */
    public void close() {
        secrets.flush(SECRETS_PATIENCE);
    }

    public ObservableList<ProfileProblem> problems() {
        return problems;
    }

    public ObservableList<CheckResult> results(Step step) {
        return steps.get(step).results();
    }

    /** What the step's latest run found; nothing before a run, or once an edit made the step's results stale. */
    public Optional<Findings> findings(Step step) {
        return steps.get(step).findings();
    }

    /** Keeps what a run of the step finds, as it finds it; its results go into {@link #results(Step)}. */
    public void runStarted(Step step, Findings found) {
        steps.get(step).started(found);
    }

    /** The step's check run ended, to its end or cancelled; its results are in place. */
    public void runEnded(Step step, StepState.LastRun how) {
        steps.get(step).ended(how);
    }

    public BooleanProperty runningProperty(Step step) {
        return steps.get(step).running();
    }

    public ReadOnlyObjectProperty<StepState> stateProperty(Step step) {
        return steps.get(step).state();
    }

    /** True once an edit has dropped results the step had: the step then says they no longer apply. */
    public ReadOnlyBooleanProperty staleProperty(Step step) {
        return steps.get(step).stale();
    }

    /** What the results an edit made stale had come to ("16 passed, 3 warnings, ..."). */
    public String staleSummary(Step step) {
        return steps.get(step).staleSummary();
    }

    /**
     * Why {@code result} is a warning the open profile is bound to get (a demo lab's loopback database, for one),
     * so it counts as passed for the step's state; empty for every other result.
     */
    public Optional<String> expectedWhy(CheckResult result) {
        if (result.status() != org.clusterwright.check.Status.WARN) {
            return Optional.empty();
        }
        return LabWarnings.whyExpected(file.get(), result.id().value(), result.summary());
    }

    /** Called after any edit: revalidates, and drops results of the step whose input changed, as they are stale. */
    public void edited(Section section) {
        dirty.set(true);
        for (Step step : Step.values()) {
            if (step.sections().contains(section)) {
                steps.get(step).dropStale();
            }
        }
        revalidate();
    }

    /**
     * A step recorded its own decision in the profile (the key it chose, a restart it proved): an edit to save that
     * leaves the results it was made from in place.
     */
    public void decided() {
        dirty.set(true);
        revalidate();
    }

    public void newProfile(Product product, String name) {
        load(StarterProfiles.create(product, name), null);
    }

    public void open(Path path) throws ProfileException {
        load(store.load(path), path);
    }

    public void save(Path path) throws ProfileException {
        // a password typed into the connection string and saved before the field let go of it stays out of the file
        if (ConnectionStringPasswords.takeOut(profile(), secrets)) {
            edited(Section.DATABASE);
        }
        store.save(profile(), path);
        file.set(path);
        dirty.set(false);
        journal.saved(path);
    }

    /**
     * Records a run of the wizard (a step's checks, a key apply or restore, the storage apply, the restart plan) in
     * the profile's journal, every secret the session held masked; before the profile is first saved, it is kept until then.
     * Returns a sentence to show when the journal could not be written.
     */
    public Optional<String> record(String action, Step step, Instant started, List<CheckResult> found,
                                   List<RecordedChange> changes) {
        return journal.record(JournalEntry.of(Face.WIZARD, action, List.of(step.id()), profile(), started, found,
                changes), file.get());
    }

    /** Every run recorded for this profile, then those kept until it is saved; what could not be read is noted. */
    public JournalContents journal() {
        return journal.contents(file.get(), suggestedFile()).of(profile().getId());
    }

    /** Where Save puts a profile that has never been saved. */
    public Path suggestedFile() {
        return file.get() != null ? file.get()
                : ProfileLocations.defaultFolder().resolve(ProfileLocations.fileNameFor(profile().getName()));
    }

    private void load(Profile loaded, Path path) {
        journal.forget();
        profile.set(loaded);
        file.set(path);
        steps.values().forEach(StepRecord::forget);
        revalidate();
        dirty.set(false);
    }

    private void revalidate() {
        problems.setAll(validator.validate(profile()));
        revision.set(revision.get() + 1);
        steps.values().forEach(StepRecord::refresh);
    }

    private boolean inputMissing(Step step) {
        return problems.stream().anyMatch(p -> p.blocking() && step.sections().contains(p.section()));
    }
}
