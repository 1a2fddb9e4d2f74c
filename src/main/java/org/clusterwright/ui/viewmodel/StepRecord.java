package org.clusterwright.ui.viewmodel;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Findings;
import org.clusterwright.check.RunSummary;
import org.clusterwright.ui.viewmodel.StepState.LastRun;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * What the wizard knows of one step: its latest results and findings, whether a run is under way, how the last one
 * ended, whether an edit has made it stale, and the state the step list shows, derived from all of these.
 */
final class StepRecord {
    private final ObservableList<CheckResult> results = FXCollections.observableArrayList();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<StepState> state = new ReadOnlyObjectWrapper<>(StepState.NOT_CHECKED);
    private final BooleanSupplier inputMissing;
    private final Predicate<CheckResult> expected;
    private Findings findings;
    private LastRun lastRun = LastRun.NONE;
    /** The summary of the results an edit dropped, for the words that say they are stale. */
    private String staleSummary = "";

    StepRecord(BooleanSupplier inputMissing, Predicate<CheckResult> expected) {
        this.inputMissing = inputMissing;
        this.expected = expected;
        results.addListener((ListChangeListener<CheckResult>) change -> refresh());
        running.addListener((obs, was, now) -> refresh());
    }

    ObservableList<CheckResult> results() {
        return results;
    }

    BooleanProperty running() {
        return running;
    }

    ReadOnlyBooleanProperty stale() {
        return stale.getReadOnlyProperty();
    }

    String staleSummary() {
        return staleSummary;
    }

    ReadOnlyObjectProperty<StepState> state() {
        return state.getReadOnlyProperty();
    }

    Optional<Findings> findings() {
        return Optional.ofNullable(findings);
    }

    void started(Findings found) {
        findings = found;
        stale.set(false);
    }

    void ended(LastRun how) {
        lastRun = how;
        refresh();
    }

    /** An edit changed the step's input: what it knew no longer holds, and it says so if it knew anything. */
    void dropStale() {
        if (lastRun != LastRun.NONE || !results.isEmpty()) {
            staleSummary = RunSummary.of(results).toString();
            stale.set(true);
        }
        lastRun = LastRun.NONE;
        findings = null;
        results.clear();
        refresh();
    }

    /** Another profile: nothing of the last one applies, and nothing is stale. */
    void forget() {
        lastRun = LastRun.NONE;
        findings = null;
        stale.set(false);
        results.clear();
        refresh();
    }

    void refresh() {
        state.set(StepState.of(running.get(), inputMissing.getAsBoolean(), lastRun, results, expected));
    }
}
