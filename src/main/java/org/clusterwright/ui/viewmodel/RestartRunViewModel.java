package org.clusterwright.ui.viewmodel;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clusterwright.check.CheckResult;
import org.clusterwright.cluster.health.HealthAnswer;
import org.clusterwright.cluster.restart.NodeRestart;
import org.clusterwright.cluster.restart.NodeRestarter;
import org.clusterwright.cluster.restart.RestartListener;
import org.clusterwright.cluster.restart.RestartPlan;
import org.clusterwright.cluster.restart.RestartStep;
import org.clusterwright.engine.RestartWorkflow;
import org.clusterwright.engine.Step;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;

/**
 * Runs step 4's restart plan from the wizard, one node at a time, waiting for each node's health before the next.
 * Who restarts a node: the demo lab when the open profile is a running lab's; otherwise the person, who is shown the
 * node's command lines and says when it is done (Clusterwright does not hold the rights to restart a Windows service
 * or a container on another machine). The outcome of each node becomes an {@code ha.restart} line of the report.
 */
public final class RestartRunViewModel {
    /** Asks the person to restart a node; called on the FX thread, true once they did, false to stop the plan. */
    @FunctionalInterface
    public interface RestartQuestion {
        boolean restarted(RestartStep step);
    }

    /** One node's line in the run's progress. */
    public record Row(String target, String how, StringProperty state) {
    }

    private final WizardModel model;
    private final Executor fxThread;
    private final BackgroundWork background;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final Duration nodeDeadline;
    private RestartQuestion question = step -> false;
    private List<CheckResult> lastLines = List.of();

    public RestartRunViewModel(WizardModel model, Executor fxThread) {
        this(model, fxThread, RestartWorkflow.NODE_DEADLINE);
    }

    RestartRunViewModel(WizardModel model, Executor fxThread, Duration nodeDeadline) {
        this.model = model;
        this.fxThread = fxThread;
        this.nodeDeadline = nodeDeadline;
        this.background = new BackgroundWork("restart-plan", fxThread);
    }

    public void askWith(RestartQuestion question) {
        this.question = question;
    }

    /**
     * Keeps the last run's lines among the step's results when its checks run again: a restart is something done,
     * like a key written, and the report must still show it. Lines of a run over other nodes are dropped.
     */
    public void keepLinesAcross(CheckRunViewModel checks) {
        checks.afterEachRun(run -> {
            List<String> planned = workflow().plan().steps().stream().map(RestartStep::target).toList();
            if (!lastLines.isEmpty() && lastLines.stream().map(CheckResult::target).toList().equals(planned)) {
                model.results(Step.HIGH_AVAILABILITY).addAll(lastLines);
            }
        });
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return background.busyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Says {@code words} in the run's status line, as the Summary before the run does while it is prepared. */
    public void say(String words) {
        status.set(words);
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The plan for the open profile, with the lab's own lines when it is a running lab's. */
    public RestartPlan plan() {
        return LabRestarts.planFor(model.fileProperty().get(), workflow().plan());
    }

    /** Who will restart the nodes, in words for the page. */
    public String restartedBy() {
        return labRestarter().isPresent()
                ? "The demo lab restarts its nodes itself, as \"clusterwright lab restart NODE\" does."
                : "You restart each node with its lines below; Clusterwright waits for its health before the next.";
    }

    /** Starts the plan; call on the FX thread. */
    public void run() {
        RestartPlan plan = plan();
        if (plan.steps().isEmpty()) {
            rows.clear();
            status.set("No server to restart: add the servers on the Database and servers page first.");
            return;
        }
        Optional<NodeRestarter> lab = labRestarter();
        rows.setAll(plan.steps().stream().map(step -> new Row(step.target(), lab.isPresent() ? "by the demo lab"
                : "by you: " + step.how(), new SimpleStringProperty(step.inCluster() ? "waiting its turn"
                : "drained: first, waiting its turn"))).toList());
        NodeRestarter restarter = lab.orElseGet(this::askingRestarter);
        status.set("Restarting " + plan.steps().size() + " nodes, one at a time…");
        RestartWorkflow workflow = workflow();
        Instant started = Instant.now();
        background.start(() -> {
            RestartWorkflow.Outcome done = workflow.run(plan, restarter, new Progress());
            return () -> finished(started, done);
        }, failure -> () -> status.set("The restart plan stopped: " + failure.getMessage()));
    }

    private Optional<NodeRestarter> labRestarter() {
        Path file = model.fileProperty().get();
        return LabRestarts.forProfile(file);
    }

    /** Hands each node to the person on the FX thread and waits for their answer; a "stop" ends the plan there. */
    private NodeRestarter askingRestarter() {
        return new NodeRestarter() {
            private boolean stopped;

            @Override
            public void restart(RestartStep step) throws Exception {
                if (stopped) {
                    throw new IOException("you stopped the plan before this node");
                }
                CompletableFuture<Boolean> answer = new CompletableFuture<>();
                fxThread.execute(() -> answer.complete(question.restarted(step)));
                try {
                    if (!answer.get()) {
                        stopped = true;
                        throw new IOException("you stopped the plan here");
                    }
                } catch (ExecutionException e) {
                    throw new IOException("the question could not be asked: " + e.getCause().getMessage(), e);
                }
            }
        };
    }

    private void finished(Instant started, RestartWorkflow.Outcome done) {
        List<CheckResult> lines = done.results();
        // recorded before the page shows it, so the journal holds the run by the time anyone reads the lines
        Optional<String> unrecorded = model.record("restart", Step.HIGH_AVAILABILITY, started, lines, List.of());
        lastLines = lines;
        if (done.allHealthy()) {
            // the workflow ticked the restart item in the profile, which is an edit to save
            model.decided();
        }
        // a new run replaces the last run's lines and leaves the step's checks as they were
        model.results(Step.HIGH_AVAILABILITY).removeIf(r -> r.id().equals(NodeRestart.ID));
        model.results(Step.HIGH_AVAILABILITY).addAll(lines);
        int total = done.restarts().size();
        status.set((done.allHealthy()
                ? "Restarted all " + total + " nodes; each answered healthy before the next was restarted, "
                        + "so the restart item is ticked."
                : "Restarted and healthy again: " + done.healthy() + " of " + total + ". See each node's line.")
                + unrecorded.map(problem -> " " + problem).orElse(""));
    }

    private RestartWorkflow workflow() {
        return new RestartWorkflow(model.profile(), nodeDeadline);
    }

    /** Moves each row's words along as the executor reports, on the FX thread. */
    private final class Progress implements RestartListener {
        @Override
        public void restarting(RestartStep step) {
            show(step.target(), "restarting…");
        }

        @Override
        public void waiting(RestartStep step, HealthAnswer answer) {
            show(step.target(), "waiting for health: " + answer.inWords());
        }

        @Override
        public void finished(NodeRestart result) {
            String words = switch (result.result()) {
                case BACK_HEALTHY -> "healthy again (" + result.detail() + ", " + seconds(result.millis()) + ")";
                case RESTARTED_UNVERIFIED -> "restarted; " + result.detail();
                case RESTART_FAILED -> "not restarted: " + result.detail();
                case NOT_BACK_IN_TIME -> "not healthy in time: " + result.detail();
                case NOT_STARTED -> "left running: " + result.detail();
            };
            show(result.step().target(), words);
        }

        private void show(String target, String words) {
            fxThread.execute(() -> rows.stream().filter(row -> row.target().equals(target)).findFirst()
                    .ifPresent(row -> row.state().set(words)));
        }

        private static String seconds(long millis) {
            return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
        }
    }
}
