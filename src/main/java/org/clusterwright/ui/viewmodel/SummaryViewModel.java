package org.clusterwright.ui.viewmodel;

import org.clusterwright.cluster.restart.RestartPlan;
import org.clusterwright.engine.KeyStepPlan;
import org.clusterwright.engine.KeyWorkflow;
import org.clusterwright.engine.Step;
import org.clusterwright.engine.StorageProof;
import org.clusterwright.engine.StorageWorkflow;
import org.clusterwright.keys.KeyChoice;
import org.clusterwright.profile.Profile;
import org.clusterwright.ui.viewmodel.ChangeSummary.Action;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Makes the summary shown before any write or restart. The key plan is the one step 2 shows when its Apply is
 * pressed; before the others the servers are read again, as 'clusterwright plan' reads them, so the summary shows
 * the cluster as it is now.
 */
public final class SummaryViewModel {
    private final WizardModel model;
    private final KeyStepViewModel keys;
    private final RestartRunViewModel restarts;
    private final Duration deadline;
    private final BackgroundWork background;

    public SummaryViewModel(WizardModel model, KeyStepViewModel keys, RestartRunViewModel restarts, Executor fxThread,
                            Duration deadline) {
        this.model = model;
        this.keys = keys;
        this.restarts = restarts;
        this.deadline = deadline;
        this.background = new BackgroundWork("summary", fxThread);
    }

    /**
     * Prepares the summary for {@code action} off the FX thread and hands it to {@code then} on it, or the reason
     * it could not be made to {@code failed}. Call on the FX thread.
     */
    public void prepare(Action action, Consumer<ChangeSummary> then, Consumer<String> failed) {
        Profile profile = model.profile();
        Optional<KeyStepPlan> shown = action == Action.WRITE_KEY ? keys.currentPlan() : Optional.empty();
        KeyChoice choice = keys.choice();
        boolean handOut = keys.distributeConnectionStringProperty().get();
        StorageWorkflow storage = new StorageWorkflow(profile, model.secrets(), deadline);
        StorageProof proof = StorageProof.of(storage.change().path(), List.copyOf(model.results(Step.STORAGE)));
        RestartPlan restartPlan = restarts.plan();
        KeyWorkflow workflow = new KeyWorkflow(profile, model.secrets(), deadline);
        background.start(() -> {
            KeyStepPlan key = shown.isPresent() ? shown.get()
                    : workflow.plan(workflow.survey(Optional.empty()), choice, handOut);
            ChangeSummary summary = ChangeSummary.of(action, profile, key, storage.change(), proof, restartPlan,
                    handOut);
            return () -> then.accept(summary);
        }, failure -> () -> failed.accept("The summary could not be made: " + failure.getMessage()));
    }

    public boolean isBusy() {
        return background.isBusy();
    }

    /** The command lines that do what the wizard does, for "Save as script". */
    public String script(ChangeSummary summary) {
        Path file = model.suggestedFile();
        return ChangeScript.of(model.profile(), file, summary, restarts.plan());
    }
}
