package org.clusterwright.ui;

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
import org.clusterwright.check.RunSummary;
import org.clusterwright.check.TargetChecks;
import org.clusterwright.engine.CheckPlanner;
import org.clusterwright.engine.Step;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one step's checks off the FX thread and feeds results into the model as they arrive. Callbacks go through
 * {@code fxThread}, which tests may replace with a same-thread executor.
 */
public final class CheckRunViewModel {
    static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(10);

    private final WizardModel model;
    private final Step step;
    private final Executor fxThread;
    private final Duration deadline;
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private CheckRun current;
    private Function<CheckPlanner, List<TargetChecks>> planSource;
    private Consumer<List<CheckResult>> afterRun = results -> {
    };
    private Runnable beforeRun = () -> {
    };

    public CheckRunViewModel(WizardModel model, Step step, Executor fxThread, Duration deadline) {
        this.model = model;
        this.step = step;
        this.fxThread = fxThread;
        this.deadline = deadline;
        this.planSource = planner -> planner.plan(model.profile(), model.secrets(), List.of(step));
    }

    /**
     * Lets a page plan its step's checks itself, to collect what they read on the way, and go on from the results
     * when a run ends (cancelled runs included). {@code afterRun} is called on the FX thread and may add results.
     */
    public void customise(Function<CheckPlanner, List<TargetChecks>> planSource, Consumer<List<CheckResult>> afterRun) {
        this.planSource = planSource;
        this.afterRun = afterRun;
    }

    /** Like {@link #customise}, keeping the step's own plan: {@code afterRun} may add results once a run ends. */
    public void afterEachRun(Consumer<List<CheckResult>> afterRun) {
        this.afterRun = afterRun;
    }

    /**
     * Called on the FX thread when a run starts, right after its plan was made: the plan source is also asked on
     * every edit (see {@link #hasChecks}), so this tells a page which plan is the one being run.
     */
    public void beforeEachRun(Runnable beforeRun) {
        this.beforeRun = beforeRun;
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

    /** False when no check applies to this step for the current profile, so the Run button can say so. */
    public BooleanBinding hasChecks() {
        return Bindings.createBooleanBinding(() -> !plan().isEmpty(), model.revisionProperty());
    }

    public void start() {
        if (model.runningProperty(step).get()) {
            return;
        }
        List<TargetChecks> plan = plan();
        beforeRun.run();
        int total = plan.stream().mapToInt(t -> t.checks().size()).sum();
        results().clear();
        progress.set(0);
        status.set("Running " + total + " checks…");
        model.runningProperty(step).set(true);
        CheckRun run = new CheckRunner(deadline).start(plan, result -> fxThread.execute(() -> accept(result, total)));
        current = run;
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

    private void accept(CheckResult result, int total) {
        results().add(result);
        progress.set(total == 0 ? 1 : (double) results().size() / total);
    }

    private void finish(CheckRun run, List<CheckResult> all, Throwable failure) {
        if (run != current) {
            return;
        }
        current = null;
        model.runningProperty(step).set(false);
        progress.set(1);
        if (failure != null) {
            status.set("The checks stopped unexpectedly: " + failure.getMessage());
        } else {
            results().setAll(all);
            afterRun.accept(all);
            status.set((run.isCancelled() ? "Cancelled. " : "Done. ") + RunSummary.of(results()) + ".");
        }
    }
}
