package org.clusterwright.keys;

import org.clusterwright.check.CheckResult;
import org.clusterwright.check.CheckRun;
import org.clusterwright.check.CheckRunner;
import org.clusterwright.check.Findings;
import org.clusterwright.check.TargetChecks;
import org.clusterwright.nodes.ConfigFolderOpener;
import org.clusterwright.nodes.ConfigOverridesCheck;
import org.clusterwright.nodes.NodeAccessException;
import org.clusterwright.nodes.NodeConfigFolders;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.secrets.Secret;
import org.clusterwright.secrets.SecretStore;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The encryption-key step for both faces: inspect every node (in parallel), plan, apply node by node with
 * backups, restore. Nothing here prints, and no key or password reaches a message, a result or an exception.
 */
public final class KeyService {
    /** The target name of the cluster-wide key results ({@code key.consistent}, {@code key.decision}). */
    public static final String CLUSTER_TARGET = "cluster";
    /** Where the IIS machine key pair of ProGet 5.3 and older is kept. */
    static final SecretRef MACHINE_VALIDATION_KEY = SecretRef.of("iis.machine-key.validation");
    static final SecretRef MACHINE_DECRYPTION_KEY = SecretRef.of("iis.machine-key.decryption");

    private final Profile profile;
    private final SecretStore secrets;
    private final ConfigFolderOpener folders;
    private final Duration deadline;
    private final Clock clock;

    public KeyService(Profile profile, SecretStore secrets, ConfigFolderOpener folders, Duration deadline, Clock clock) {
        this.profile = profile;
        this.secrets = secrets;
        this.folders = folders;
        this.deadline = deadline;
        this.clock = clock;
    }

    /** The usual service: nodes reached over SMB (or their local folder) with passwords from the secret store. */
    public static KeyService forProfile(Profile profile, SecretStore secrets, Duration deadline) {
        return new KeyService(profile, secrets, new NodeConfigFolders(profile.getId(), secrets, deadline), deadline,
                Clock.systemDefaultZone());
    }

    /** Reads every node's key, one target per node, in parallel; {@code key.read} results in profile order. */
    public KeyInspection inspect() throws InterruptedException {
        CheckRun run = new CheckRunner(deadline).runToEnd(readChecks());
        return inspection(run.findings(), run.await());
    }

    /**
     * What a run that held {@link #readChecks} found, in profile order, with that run's {@code key.read} results
     * (other results of the same run are left out).
     */
    public KeyInspection inspection(Findings findings, List<CheckResult> results) {
        List<CheckResult> reads = results.stream().filter(r -> r.id().equals(KeyReadCheck.ID)).toList();
        List<NodeKeyReading> ordered = new ArrayList<>();
        for (ClusterNode node : profile.getNodes()) {
            String target = node.targetName();
            Optional<CheckResult> result = reads.stream().filter(r -> r.target().equals(target)).findFirst();
            // a read cut off at its deadline (or cancelled) left no reading behind: record it as unreadable, in the
            // runner's words
            ordered.add(findings.get(target, KeyReadCheck.READING).orElseGet(() -> NodeKeyReading.notRead(node,
                    result.map(CheckResult::summary).orElse("The node was not read."),
                    result.map(CheckResult::remedy).orElse("Read the nodes again."))));
        }
        return new KeyInspection(ordered, reads);
    }

    /** The {@code key.read} checks, one target per node, each publishing its {@link KeyReadCheck#READING}. */
    public List<TargetChecks> readChecks() {
        NodeKeyReader reader = new NodeKeyReader(profile.getId(), profile.getProduct(), folders, secrets);
        List<TargetChecks> plan = new ArrayList<>();
        for (ClusterNode node : profile.getNodes()) {
            plan.add(new TargetChecks(node.targetName(), List.of(new KeyReadCheck(node, reader))));
        }
        return plan;
    }

    /**
     * The key step of a check run: {@code key.read} per node (in parallel), then {@code key.consistent} for the
     * cluster, which the runner starts once every read has finished. It compares with the key the profile chose,
     * or with the most common key when the profile has none yet.
     */
    public List<TargetChecks> checks() {
        List<TargetChecks> plan = new ArrayList<>(readChecks());
        if (!plan.isEmpty()) {
            Set<String> reads = plan.stream().map(TargetChecks::target).collect(Collectors.toSet());
            plan.add(new TargetChecks(CLUSTER_TARGET, List.of(new KeyConsistencyCheck(profile.getNodes(),
                    profile.getEncryptionKey().getFingerprint())), reads));
        }
        // what overrides the file read above on a Windows node: legacy config files (a container's overrides are in
        // the environment key.read reads)
        for (ClusterNode node : profile.getNodes()) {
            if (node.getAccess() == NodeAccess.WINDOWS_SMB && ConfigOverridesCheck.applies(node)) {
                plan.add(new TargetChecks(node.targetName(), List.of(new ConfigOverridesCheck(node,
                        profile.getProduct(), folders))));
            }
        }
        return plan;
    }

    /**
     * Keeps the planned key for the later steps and the wizard's Reveal: the key goes to the secret store under
     * the profile's reference, the fingerprint into the profile (which the caller saves).
     */
    public void remember(KeyPlan plan) {
        if (plan.key().isEmpty()) {
            return;
        }
        SecretRef ref = profile.getEncryptionKey().keyRef();
        secrets.put(profile.getId(), ref, plan.key().get());
        profile.getEncryptionKey().setKey(ref);
        profile.getEncryptionKey().setFingerprint(plan.fingerprint());
    }

    /**
     * The IIS machine key for ProGet 5.3 and older: the pair kept in the secret store for this profile, else a new
     * one, kept there so every server and every Reveal gets the same pair. Empty for other products and releases.
     */
    public Optional<MachineKey> machineKey() {
        if (!profile.getVersionLine().needsMachineKey(profile.getProduct())) {
            return Optional.empty();
        }
        Optional<Secret> validation = secrets.get(profile.getId(), MACHINE_VALIDATION_KEY);
        Optional<Secret> decryption = secrets.get(profile.getId(), MACHINE_DECRYPTION_KEY);
        if (validation.isPresent() && decryption.isPresent()) {
            return Optional.of(new MachineKey(validation.get(), decryption.get()));
        }
        MachineKey fresh = MachineKey.generate();
        secrets.put(profile.getId(), MACHINE_VALIDATION_KEY, fresh.validationKey());
        secrets.put(profile.getId(), MACHINE_DECRYPTION_KEY, fresh.decryptionKey());
        return Optional.of(fresh);
    }

    /** Plans from a survey: the request's choices, with what the survey learnt about the installation. */
    public KeyPlan plan(KeySurvey survey, KeyRequest request) {
        return plan(survey.inspection(), request.knowing(survey.installation()));
    }

    /** Decides the key and describes, per node, what applying it would change. Writes nothing. */
    public KeyPlan plan(KeyInspection inspection, KeyRequest request) {
        return new KeyPlanner(new NodeChanges()).plan(inspection.readings(), request);
    }

    /**
     * Applies a plan node by node. Docker/Linux files go to {@code exportFolder} when given. Returns one result per
     * node; turn them into {@code key.apply} results with {@link NodeApplyResult#toCheckResult}.
     */
    public List<NodeApplyResult> apply(KeyPlan plan, Optional<Path> exportFolder, KeyApplyListener listener) {
        return applier().apply(plan, exportFolder, listener);
    }

    /**
     * Applies a plan, then reads every node again and judges the result from what was read, not from what was
     * written: the report holds the decision and per-node plan, each node's {@code key.apply}, the fresh
     * {@code key.read} results and {@code key.consistent}.
     */
    public AppliedPlan applyAndVerify(KeyPlan plan, Optional<Path> exportFolder, KeyApplyListener listener)
            throws InterruptedException {
        List<NodeApplyResult> applied = apply(plan, exportFolder, listener);
        List<CheckResult> report = new ArrayList<>(plan.results().stream()
                .filter(r -> !r.id().equals(KeyConsistency.ID)).toList());
        applied.forEach(result -> report.add(result.toCheckResult(NodeApplyResult.APPLY)));
        KeyInspection after = inspect();
        report.addAll(after.results());
        report.add(KeyConsistency.evaluate(after.readings(), ""));
        return new AppliedPlan(applied, after, report);
    }

    /** Puts back the backups an apply made (target name to backup file name), node by node. */
    public List<NodeApplyResult> restore(Map<String, String> backups, KeyApplyListener listener) {
        return applier().restore(profile.getNodes(), backups, listener);
    }

    /** Restores what this apply changed: every node it wrote, from the backup it made. */
    public List<NodeApplyResult> restore(List<NodeApplyResult> applied, KeyApplyListener listener) {
        return restore(writtenBackups(applied), listener);
    }

    /** Each node this apply wrote, with the backup it made there. */
    private static Map<String, String> writtenBackups(List<NodeApplyResult> applied) {
        Map<String, String> backups = new java.util.LinkedHashMap<>();
        applied.stream().filter(r -> r.result() == NodeApplyResult.Result.APPLIED)
                .forEach(r -> backups.put(r.target(), r.backup()));
        return backups;
    }

    /**
     * Restores what an apply changed, then reads every node again: the report holds each node's
     * {@code key.restore}, the fresh {@code key.read} results and {@code key.consistent}.
     */
    public AppliedPlan restoreAndVerify(List<NodeApplyResult> applied, KeyApplyListener listener)
            throws InterruptedException {
        return restoreAndVerify(writtenBackups(applied), listener);
    }

    /** Puts back the named backups (target name to backup file name), then reads every node again. */
    public AppliedPlan restoreAndVerify(Map<String, String> backups, KeyApplyListener listener)
            throws InterruptedException {
        List<NodeApplyResult> restored = restore(backups, listener);
        List<CheckResult> report = new ArrayList<>();
        restored.forEach(result -> report.add(result.toCheckResult(NodeApplyResult.RESTORE)));
        KeyInspection after = inspect();
        report.addAll(after.results());
        report.add(KeyConsistency.evaluate(after.readings(), ""));
        return new AppliedPlan(restored, after, report);
    }

    /** The backups beside a node's config file, newest first, for a Restore choice. */
    public List<String> backups(ClusterNode node) throws NodeAccessException {
        return new ConfigFileWriter(folders, profile.getProduct(), clock).backups(node);
    }

    private KeyApplier applier() {
        return new KeyApplier(new ConfigFileWriter(folders, profile.getProduct(), clock), profile.getProduct(),
                profile.getVersionLine());
    }
}
