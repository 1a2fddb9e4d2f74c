package org.clusterwright.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Status;
import org.clusterwright.engine.Step;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.secrets.Secret;
import org.clusterwright.storage.StorageAccessException;
import org.clusterwright.storage.StorageFolders;
import org.clusterwright.storage.StorageTarget;
import org.clusterwright.storage.apply.ProGetStorageApplier;
import org.clusterwright.storage.apply.StorageApplyResults;
import org.clusterwright.storage.apply.StorageChange;
import org.clusterwright.storage.path.MalformedStoragePathException;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The shared-storage step behind its page: the probe runs as the step's check run; creating a missing folder and
 * pointing ProGet at the share run off the FX thread. What they did lands in the step's results.
 */
public final class StorageStepViewModel {
    private static final CheckId FOLDER = CheckId.of("storage.folder");

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
    public static String figures(List<CheckResult> results) {
        return StorageFigures.describe(results);
    }

    /** The folder the probe found missing, when it did: the page then offers to create it. */
    public Optional<String> missingFolder() {
        return model.results(Step.STORAGE).stream()
                .filter(r -> r.id().equals(FOLDER) && r.status() == Status.FAIL)
                .map(r -> r.evidence().get("missingFolder")).filter(f -> f != null && !f.isBlank()).findFirst();
    }

    /** Creates the missing folder as the service account, then probes again. Call on the FX thread. */
    public void createFolder() {
        StorageTarget target;
        try {
            target = StorageTarget.of(model.profile().getStorage(), password(storagePasswordRef()));
        } catch (MalformedStoragePathException e) {
            status.set("The path cannot be used: " + e.getMessage());
            return;
        }
        run("Creating the folder…", () -> {
            try {
                String created = StorageFolders.create(target, checks.deadline());
                return () -> {
                    status.set("Created " + created + " as " + model.profile().getStorage().getAccount() + ".");
                    checks.start();
                };
            } catch (StorageAccessException e) {
                return () -> status.set("Not created: " + e.getMessage() + " " + e.remedy());
            }
        });
    }

    /** Where Apply talks to ProGet: the load balancer, else the first node in the cluster with an address. */
    public Optional<URI> applyAddress() {
        return StorageChange.address(model.profile());
    }

    public boolean appliesThroughApi() {
        return model.profile().getProduct().storage().throughApi();
    }

    /** Sets ProGet's storage path through its settings API and reads it back. Call on the FX thread. */
    public void applyToProGet() {
        Optional<URI> address = applyAddress();
        Optional<Secret> apiKey = password(SecretRef.API_KEY);
        String path = model.profile().getStorage().getPath();
        if (address.isEmpty() || apiKey.isEmpty() || path == null || path.isBlank()) {
            status.set(address.isEmpty() ? "No address to reach ProGet: give a node's base URL or the load balancer's."
                    : apiKey.isEmpty() ? "Enter a ProGet API key with the system-administration permission."
                    : "Enter the shared path first.");
            return;
        }
        run("Setting " + ProGetStorageApplier.SETTING + " through " + address.get() + "…", () -> {
            List<CheckResult> results = StorageApplyResults.apply(StorageChange.of(model.profile()), apiKey,
                    checks.deadline());
            return () -> show(results);
        });
    }

    private void show(List<CheckResult> results) {
        // a new apply replaces the previous one's results; the probe's results stay
        model.results(Step.STORAGE).removeIf(r -> r.id().equals(StorageApplyResults.APPLY)
                || r.id().equals(StorageApplyResults.FEEDS));
        model.results(Step.STORAGE).addAll(results);
        status.set(results.get(0).summary());
    }

    private void run(String what, BackgroundWork.Work work) {
        status.set(what);
        background.start(work, failure -> failure instanceof InterruptedException ? () -> status.set("Interrupted.")
                // the storage code words its exceptions for people and keeps passwords and keys out of them
                : () -> status.set("Stopped: " + (failure.getMessage() == null ? failure.getClass().getSimpleName()
                : failure.getMessage())));
    }

    private SecretRef storagePasswordRef() {
        SecretRef ref = model.profile().getStorage().getPassword();
        return ref == null ? SecretRef.STORAGE_PASSWORD : ref;
    }

    private Optional<Secret> password(SecretRef ref) {
        return model.secrets().get(model.profile().getId(), ref);
    }
}
