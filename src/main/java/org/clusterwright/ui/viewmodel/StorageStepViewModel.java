package org.clusterwright.ui.viewmodel;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clusterwright.check.CheckResult;
import org.clusterwright.engine.Step;
import org.clusterwright.engine.StorageProof;
import org.clusterwright.engine.StorageWorkflow;
import org.clusterwright.journal.AppliedChanges;
import org.clusterwright.storage.StorageAccessException;
import org.clusterwright.storage.apply.ProGetStorageApplier;
import org.clusterwright.storage.apply.StorageApplyResults;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The shared-storage step behind its page: the probe runs as the step's check run; creating a missing folder and
 * pointing ProGet at the share run off the FX thread. What they did lands in the step's results.
 */
public final class StorageStepViewModel {
    private final WizardModel model;
    private final CheckRunViewModel checks;
    private final BackgroundWork background;
    private final StringProperty status = new SimpleStringProperty("");

    public StorageStepViewModel(WizardModel model, CheckRunViewModel checks, Executor fxThread) {
        this.model = model;
        this.checks = checks;
        this.background = new BackgroundWork("storage-apply", fxThread);
    }

    public CheckRunViewModel checks() {
        return checks;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return background.busyProperty();
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** The probe's measured figures in one line; empty before a probe measured anything. */
    public String figures() {
        return checks.findings().map(StorageWorkflow::figures).orElse("");
    }

    /** The folder the probe found missing, when it did: the page then offers to create it. */
    public Optional<String> missingFolder() {
        return checks.findings().flatMap(StorageWorkflow::missingFolder);
    }

    /** Creates the missing folder as the service account, then probes again. Call on the FX thread. */
    public void createFolder() {
        StorageWorkflow workflow = workflow();
        run("Creating the folder…", () -> {
            try {
                String created = workflow.createFolder();
                return () -> {
                    status.set("Created " + created + " as " + model.profile().getStorage().getAccount() + ".");
                    checks.start();
                };
            } catch (StorageAccessException e) {
                return () -> status.set("Not created: " + e.getMessage() + " " + e.remedy());
            } catch (IOException e) {
                return () -> status.set("Not created: " + e.getMessage());
            }
        });
    }

    /** Where Apply talks to ProGet: the load balancer, else the first node in the cluster with an address. */
    public Optional<URI> applyAddress() {
        return workflow().change().address();
    }

    public boolean appliesThroughApi() {
        return workflow().change().throughApi();
    }

    /**
     * Sets ProGet's storage path through its settings API and reads it back, on the proof of this step's last
     * probe of the same path. Call on the FX thread.
     */
    public void applyToProGet() {
        StorageWorkflow workflow = workflow();
        Optional<URI> address = applyAddress();
        String path = workflow.change().probedPath();
        if (address.isEmpty() || workflow.apiKey().isEmpty() || path.isEmpty()) {
            status.set(address.isEmpty() ? "No address to reach ProGet: give a node's base URL or the load balancer's."
                    : workflow.apiKey().isEmpty() ? "Enter a ProGet System API key with Full Control."
                    : "Enter the shared path first.");
            return;
        }
        StorageProof proof = StorageProof.of(path, List.copyOf(model.results(Step.STORAGE)));
        Instant started = Instant.now();
        run("Setting " + ProGetStorageApplier.SETTING + " through " + address.get() + "…", () -> {
            List<CheckResult> results = workflow.apply(proof);
            return () -> show(started, results);
        });
    }

    private void show(Instant started, List<CheckResult> results) {
        Optional<String> unrecorded = model.record("storage apply", Step.STORAGE, started, results,
                AppliedChanges.ofStorage(results));
        // a new apply replaces the previous one's results; the probe's results stay
        model.results(Step.STORAGE).removeIf(r -> r.id().equals(StorageApplyResults.APPLY)
                || r.id().equals(StorageApplyResults.FEEDS) || r.id().equals(StorageApplyResults.LIBRARIES));
        model.results(Step.STORAGE).addAll(results);
        status.set(results.get(0).summary() + unrecorded.map(problem -> " " + problem).orElse(""));
    }

    private void run(String what, BackgroundWork.Work work) {
        status.set(what);
        background.start(work, failure -> failure instanceof InterruptedException ? () -> status.set("Interrupted.")
                // the storage code words its exceptions for people and keeps passwords and keys out of them
                : () -> status.set("Stopped: " + (failure.getMessage() == null ? failure.getClass().getSimpleName()
                : failure.getMessage())));
    }

    private StorageWorkflow workflow() {
        return new StorageWorkflow(model.profile(), model.secrets(), checks.deadline());
    }
}
