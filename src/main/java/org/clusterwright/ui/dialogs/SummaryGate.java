package org.clusterwright.ui.dialogs;

import javafx.stage.Window;
import org.clusterwright.ui.viewmodel.ChangeSummary.Action;
import org.clusterwright.ui.viewmodel.SummaryViewModel;

import java.util.function.Consumer;

/** The one way to a write or a restart: its Summary first, then the action only when the person chose Apply. */
public final class SummaryGate {
    private final SummaryViewModel summaries;
    private final FileChoices choices;

    public SummaryGate(SummaryViewModel summaries, FileChoices choices) {
        this.summaries = summaries;
        this.choices = choices;
    }

    /**
     * Prepares the Summary of {@code action} (reading the servers may take a moment), shows it, and runs
     * {@code apply} when the person chooses Apply; {@code status} hears what is going on meanwhile.
     */
    public void beforeApplying(Window owner, Action action, Runnable apply, Consumer<String> status) {
        if (summaries.isBusy()) {
            return;
        }
        status.accept("Preparing the summary: reading the servers as they are now…");
        summaries.prepare(action, summary -> {
            status.accept("");
            if (SummaryDialog.confirm(owner, summary, summaries::script, choices)) {
                apply.run();
            } else {
                status.accept("Cancelled at the summary: nothing was changed.");
            }
        }, status);
    }
}
