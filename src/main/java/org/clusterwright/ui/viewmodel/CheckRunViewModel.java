package org.clusterwright.ui.viewmodel;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.CheckRun;
import org.clusterwright.check.CheckRunner;
import org.clusterwright.check.Findings;
import org.clusterwright.check.RunSummary;
import org.clusterwright.check.TargetChecks;
import org.clusterwright.engine.CheckPlanner;
import org.clusterwright.engine.Step;
import org.clusterwright.ui.viewmodel.StepState.LastRun;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Runs one step's checks off the FX thread and feeds results into the model as they arrive. Callbacks go through
 * {@code fxThread}, which tests may replace with a same-thread executor.
 */
public final class CheckRunViewModel {
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(10);

    private final WizardModel model;
    private final Step step;
    private final Executor fxThread;
    private final Duration deadline;
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private CheckRun current;
    private Instant started;
    private Function<CheckPlanner, List<TargetChecks>> planSource;
    private Predicate<CheckResult> shownWhileRunning = result -> true;
    private Consumer<CheckRun> afterRun = run -> {
    };

    public CheckRunViewModel(WizardModel model, Step step, Executor fxThread, Duration deadline) {
        this.model = model;
        this.step = step;
        this.fxThread = fxThread;
        this.deadline = deadline;
        this.planSource = planner -> planner.plan(model.profile(), model.secrets(), List.of(step));
        // the status line says what the step list says: an edit leaves no "Done" standing over results it dropped
        model.staleProperty(step).addListener((obs, was, stale) -> {
            if (stale) {
                status.set("Not checked since your edit: the last run (" + model.staleSummary(step)
                        + ") no longer applies. Run the checks again.");
            }
        });
        model.profileProperty().addListener((obs, was, now) -> status.set(""));
    }

    /**
     * Lets a page plan its step's checks itself and go on from what the run found when it ends (cancelled runs
     * included). {@code afterRun} is called on the FX thread with the finished run and may replace the results.
     */
    public void customise(Function<CheckPlanner, List<TargetChecks>> planSource, Consumer<CheckRun> afterRun) {
        this.planSource = planSource;
        this.afterRun = afterRun;
    }

    /** Like {@link #customise}, keeping the step's own plan: {@code afterRun} may add results once a run ends. */
    public void afterEachRun(Consumer<CheckRun> afterRun) {
        this.afterRun = afterRun;
    }

    /** Which results appear as they arrive; the others still count for the progress and reach {@code afterRun}. */
    public void showWhileRunning(Predicate<CheckResult> shown) {
        this.shownWhileRunning = shown;
    }

    /** What the current run has found so far, or the last run all it found; nothing before a run or after an edit. */
    public Optional<Findings> findings() {
        return model.findings(step);
    }

    public Duration deadline() {
        return deadline;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObservableList<CheckResult> results() {
        return model.results(step);
    }

    /** Why {@code result} is a warning the open profile is bound to get (see {@link WizardModel#expectedWhy}). */
    public Optional<String> expectedWhy(CheckResult result) {
        return model.expectedWhy(result);
    }

    /** False when no check applies to this step for the current profile, so the Run button can say so. */
    public BooleanBinding hasChecks() {
        return Bindings.createBooleanBinding(() -> !plan().isEmpty(), model.revisionProperty());
    }

    public void start() {
        if (model.runningProperty(step).get()) {
            return;
        }
        List<TargetChecks> plan = plan();
        int total = plan.stream().mapToInt(t -> t.checks().size()).sum();
        results().clear();
        progress.set(0);
        status.set("Running " + total + " checks…");
        model.runningProperty(step).set(true);
        started = Instant.now();
        AtomicInteger arrived = new AtomicInteger();
        CheckRun run = new CheckRunner(deadline).start(plan,
                result -> fxThread.execute(() -> accept(result, arrived.incrementAndGet(), total)));
        current = run;
        model.runStarted(step, run.findings());
        run.results().whenComplete((all, failure) -> fxThread.execute(() -> finish(run, all, failure)));
    }

    public void cancel() {
        if (current != null) {
            current.cancel();
            status.set("Cancelling…");
        }
    }

    private List<TargetChecks> plan() {
        return planSource.apply(new CheckPlanner(deadline));
    }

    private void accept(CheckResult result, int arrived, int total) {
        if (shownWhileRunning.test(result)) {
            results().add(result);
        }
        progress.set(total == 0 ? 1 : (double) arrived / total);
    }

    private void finish(CheckRun run, List<CheckResult> all, Throwable failure) {
        if (run != current) {
            return;
        }
        current = null;
        boolean cancelled = failure != null || run.isCancelled();
        model.runEnded(step, cancelled ? LastRun.CANCELLED : LastRun.FINISHED);
        model.runningProperty(step).set(false);
        progress.set(1);
        if (failure != null) {
            status.set("The checks stopped unexpectedly: " + failure.getMessage());
        } else {
            // recorded first: the journal keeps what the checks found, not what a page makes of it afterwards, and
            // whoever follows the page's next move finds the run already written
            Optional<String> unrecorded = model.record(run.isCancelled() ? "check, cancelled" : "check", step, started,
                    all, List.of());
            results().setAll(all.stream().filter(shownWhileRunning).toList());
            afterRun.accept(run);
            status.set((run.isCancelled() ? "Cancelled: the checks that had not finished were skipped ("
                    + RunSummary.of(results()) + "). Run them again for a verdict."
                    : "Done. " + RunSummary.of(results()) + expectedNote() + ".")
                    + unrecorded.map(problem -> " " + problem).orElse(""));
        }
    }

    /** How many of the warnings the open profile is bound to get, in words; empty when none is. */
    private String expectedNote() {
        long expected = results().stream().filter(r -> model.expectedWhy(r).isPresent()).count();
        return expected == 0 ? "" : "; " + (expected == 1 ? "1 warning is" : expected + " warnings are")
                + " expected in the demo lab (select one to see why)";
    }

    /** True while a run of this step is under way. */
    public boolean isRunning() {
        return current != null;
    }
}
