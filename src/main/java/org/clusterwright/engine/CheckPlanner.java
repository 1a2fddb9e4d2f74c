package org.clusterwright.engine;

import org.clusterwright.check.Check;
import org.clusterwright.check.TargetChecks;
import org.clusterwright.cluster.HaChecks;
import org.clusterwright.cluster.verify.VerifyOptions;
import org.clusterwright.cluster.verify.VerifyPlan;
import org.clusterwright.database.ConnectionStringCheck;
import org.clusterwright.keys.KeyService;
import org.clusterwright.keys.NodeKeyReading;
import org.clusterwright.database.DatabaseProbe;
import org.clusterwright.database.SharedConnectionString;
import org.clusterwright.nodes.NodeReachabilityChecks;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.ProfileProblem.Section;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.secrets.Secret;
import org.clusterwright.secrets.SecretStore;
import org.clusterwright.storage.StorageProbe;

import java.util.ArrayList;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.Optional;

/**
 * Decides which checks apply to a profile and groups them by target. Both the wizard and the command line ask
 * here, so they always run the same checks.
 */
public final class CheckPlanner {
    /** The target name for checks about the profile's own content. */
    public static final String PROFILE_TARGET = "profile";
    /** The target name for checks about the shared database. */
    public static final String DATABASE_TARGET = "database";
    /** The target name for the shared storage's checks. */
    public static final String STORAGE_TARGET = "storage";
    /** SMB connect and read timeouts of the key checks, when no run deadline is given. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(10);

    private final Duration deadline;

    public CheckPlanner() {
        this(DEFAULT_DEADLINE);
    }

    /** {@code deadline} is the run's per-check deadline; checks that open connections take their timeouts from it. */
    public CheckPlanner(Duration deadline) {
        this.deadline = deadline;
    }

    /**
     * The checks for {@code steps} (all steps when empty). Secrets are read from {@code secrets} now, when the plan
     * is made, so a plan is a snapshot: make a new one after the user changes a password.
     */
    public List<TargetChecks> plan(Profile profile, SecretStore secrets, Collection<Step> steps) {
        return plan(profile, secrets, steps, new ConcurrentHashMap<>());
    }

    /**
     * The same plan, with each node's key reading put into {@code keyReadings} (by target name) as it is read, for a
     * face that goes on to plan the key from what the run found.
     */
    public List<TargetChecks> plan(Profile profile, SecretStore secrets, Collection<Step> steps,
                                   Map<String, NodeKeyReading> keyReadings) {
        return plan(profile, secrets, steps, keyReadings, verifyPlan -> {
        });
    }

    /**
     * The same plan, handing step 5's {@link VerifyPlan} to {@code verifyPlan} when that step is in it, for a face
     * that draws the node grid and the balancer chart from what the run finds.
     */
    public List<TargetChecks> plan(Profile profile, SecretStore secrets, Collection<Step> steps,
                                   Map<String, NodeKeyReading> keyReadings, Consumer<VerifyPlan> verifyPlan) {
        EnumSet<Step> wanted = steps.isEmpty() ? EnumSet.allOf(Step.class) : EnumSet.copyOf(steps);
        List<TargetChecks> plan = new ArrayList<>();
        List<Check> inputChecks = new ArrayList<>();
        for (Step step : wanted) {
            for (Section section : orderedSections(step)) {
                inputChecks.add(new InputCheck(section, profile));
            }
        }
        if (!inputChecks.isEmpty()) {
            plan.add(new TargetChecks(PROFILE_TARGET, inputChecks));
        }
        if (wanted.contains(Step.DATABASE)) {
            String connectionString = profile.getDatabase().getConnectionString();
            if (connectionString != null && !connectionString.isBlank()) {
                List<Check> database = new ArrayList<>();
                database.add(new ConnectionStringCheck(profile.getDatabase()));
                database.addAll(DatabaseProbe.checks(profile, SharedConnectionString.password(profile, secrets),
                        SharedConnectionString.servicePassword(profile, secrets)));
                plan.add(new TargetChecks(DATABASE_TARGET, database));
            }
            for (ClusterNode node : profile.getNodes()) {
                plan.add(new TargetChecks(targetName(node), NodeReachabilityChecks.forNode(node)));
            }
        }
        if (wanted.contains(Step.ENCRYPTION_KEY)) {
            addKeyChecks(profile, secrets, plan, keyReadings);
        }
        if (wanted.contains(Step.STORAGE)) {
            addStorageChecks(profile, secrets, plan);
        }
        if (wanted.contains(Step.HIGH_AVAILABILITY)) {
            addHighAvailability(profile, plan);
        }
        if (wanted.contains(Step.VERIFY)) {
            verifyPlan.accept(addVerify(profile, wanted.contains(Step.ENCRYPTION_KEY), plan, keyReadings));
        }
        return plan;
    }

    private void addKeyChecks(Profile profile, SecretStore secrets, List<TargetChecks> plan,
                              Map<String, NodeKeyReading> keyReadings) {
        // one target per node, so the reads run in parallel and a dead node costs one timeout; key.consistent after them
        plan.addAll(KeyService.forProfile(profile, secrets, deadline).checks(keyReadings));
    }

    private static void addStorageChecks(Profile profile, SecretStore secrets, List<TargetChecks> plan) {
        String path = profile.getStorage().getPath();
        // Otter keeps nothing on shared storage; without a path input.storage already says what is missing
        if (profile.getProduct() != Product.OTTER && path != null && !path.isBlank()) {
            plan.add(new TargetChecks(STORAGE_TARGET, StorageProbe.checks(profile, storagePassword(profile, secrets))));
        }
    }

    /** The storage service account's password: under the profile's reference, else the default name. */
    static Optional<Secret> storagePassword(Profile profile, SecretStore secrets) {
        SecretRef ref = profile.getStorage().getPassword();
        return secrets.get(profile.getId(), ref == null ? SecretRef.STORAGE_PASSWORD : ref);
    }

    private static void addHighAvailability(Profile profile, List<TargetChecks> plan) {
        plan.addAll(HaChecks.forProfile(profile));
    }

    private VerifyPlan addVerify(Profile profile, boolean keyReadsInThisRun, List<TargetChecks> plan,
                                 Map<String, NodeKeyReading> keyReadings) {
        // each node is its own target, so the health probes run in parallel and a dead node costs one timeout
        VerifyPlan verify = VerifyPlan.of(profile, VerifyOptions.forDeadline(deadline), keyReadings, keyReadsInThisRun);
        plan.addAll(verify.targets());
        return verify;
    }

    public List<TargetChecks> planAll(Profile profile, SecretStore secrets) {
        return plan(profile, secrets, EnumSet.allOf(Step.class));
    }

    /** How a node appears as a target in results: its name, or its host when it has none. */
    public static String targetName(ClusterNode node) {
        String name = node.getName();
        return name == null || name.isBlank() ? String.valueOf(node.getHost()) : name;
    }

    private static List<Section> orderedSections(Step step) {
        return step.sections().stream().sorted().toList();
    }
}
