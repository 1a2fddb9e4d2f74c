package org.clusterwright.engine;

import org.clusterwright.check.CheckResult;
import org.clusterwright.check.CheckRunner;
import org.clusterwright.check.Findings;
import org.clusterwright.check.Outcome;
import org.clusterwright.check.TargetChecks;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.secrets.Secret;
import org.clusterwright.secrets.SecretStore;
import org.clusterwright.storage.StorageFigures;
import org.clusterwright.storage.StorageFindings;
import org.clusterwright.storage.StorageFolders;
import org.clusterwright.storage.StorageTarget;
import org.clusterwright.storage.apply.StorageApplyResults;
import org.clusterwright.storage.apply.StorageChange;
import org.clusterwright.storagepath.MalformedStoragePathException;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The shared-storage step, once, for the wizard and the command line: probe the share as the service account,
 * create a missing folder, then set the product's storage path (ProGet's, through its settings API) only on the
 * proof of a probe of that very path, and name the feeds whose own disk path keeps them off the share.
 */
public final class StorageWorkflow {
    private final Profile profile;
    private final SecretStore secrets;
    private final Duration deadline;

    public StorageWorkflow(Profile profile, SecretStore secrets, Duration deadline) {
        this.profile = profile;
        this.secrets = secrets;
        this.deadline = deadline;
    }

    /** The probe's target, as step 3 of a check run has it; empty when there is nothing to probe. */
    public Optional<TargetChecks> probeChecks() {
        return new CheckPlanner(deadline).plan(profile, secrets, List.of(Step.STORAGE)).stream()
                .filter(target -> target.target().equals(CheckPlanner.STORAGE_TARGET)).findFirst();
    }

    /** Probes the storage now and says what that proves for the profile's path. */
    public StorageProof probe() throws InterruptedException {
        Optional<TargetChecks> probe = probeChecks();
        if (probe.isEmpty()) {
            return StorageProof.notProbed(change().probedPath());
        }
        return StorageProof.of(change().probedPath(), new CheckRunner(deadline).runAll(List.of(probe.get())));
    }

    /** What step 3 changes in the product, and where. */
    public StorageChange change() {
        return StorageChange.of(profile);
    }

    /** The folder a run's probe found missing, which {@link #createFolder()} can make. */
    public static Optional<String> missingFolder(Findings findings) {
        return findings.any(StorageFindings.MISSING_FOLDER);
    }

    /** A run's measured figures in one line; empty before a probe measured anything. */
    public static String figures(Findings findings) {
        return StorageFigures.describe(findings);
    }

    /**
     * Creates the storage folder as the service account, so the account owns what it made.
     *
     * @return the folder's path, for a message
     */
    public String createFolder() throws IOException {
        try {
            return StorageFolders.create(StorageTarget.of(profile.getStorage(), storagePassword()), deadline);
        } catch (MalformedStoragePathException e) {
            throw new IOException("The path cannot be used: " + e.getMessage(), e);
        }
    }

    /**
     * Sets the storage path, on the proof of a probe of the same path: without it nothing is set, and
     * {@code storage.apply} fails naming the check that stopped it. Then reads the setting back and lists the feeds
     * kept off the share. Products without a settings API get a SKIP saying what to do by hand.
     */
    public List<CheckResult> apply(StorageProof proof) throws InterruptedException {
        return apply(proof, Set.of());
    }

    /**
     * The same, past the {@link WriteGate#STORAGE} gate when it is {@code forced}: the path is then set without
     * its proof, and an {@code apply.forced} result records what was missing.
     */
    public List<CheckResult> apply(StorageProof proof, Set<WriteGate> forced) throws InterruptedException {
        StorageChange change = change();
        List<CheckResult> results = new ArrayList<>();
        if (change.blocker().isEmpty()) {
            Optional<String> refusal = proof.path().equals(change.probedPath()) ? proof.refusal()
                    : Optional.of("the storage probe of this run was of " + proof.path() + ", not " + change.probedPath());
            if (refusal.isPresent() && !forced.contains(WriteGate.STORAGE)) {
                return List.of(CheckResult.of(StorageApplyResults.APPLY, StorageApplyResults.TARGET,
                        Outcome.fail("Not set: " + refusal.get() + ".", proof.remedy())
                                .withEvidence("gate", WriteGate.STORAGE.id()).withEvidence("written", false),
                        Duration.ZERO));
            }
            refusal.ifPresent(why -> results.add(WriteGate.STORAGE.forced(StorageApplyResults.TARGET, why)));
        }
        results.addAll(StorageApplyResults.apply(change, apiKey(), deadline));
        return results;
    }

    /** The ProGet API key that lets {@link #apply} set the path, when it is known. */
    public Optional<Secret> apiKey() {
        return secrets.get(profile.getId(), SecretRef.API_KEY);
    }

    private Optional<Secret> storagePassword() {
        return secrets.get(profile.getId(), profile.getStorage().passwordRef());
    }
}
