package org.clusterwright.engine;

import org.clusterwright.check.Check;
import org.clusterwright.check.TargetChecks;
import org.clusterwright.cluster.HaChecks;
import org.clusterwright.cluster.detect.ClusterLineCheck;
import org.clusterwright.cluster.detect.NodeProductCheck;
import org.clusterwright.cluster.health.HealthProbe;
import org.clusterwright.cluster.verify.VerifyOptions;
import org.clusterwright.cluster.verify.VerifyPlan;
import org.clusterwright.database.ConnectionStringCheck;
import org.clusterwright.keys.KeyService;
import org.clusterwright.database.DatabaseProbe;
import org.clusterwright.database.SharedConnectionString;
import org.clusterwright.nodes.NodeReachabilityChecks;
import org.clusterwright.nodes.docker.StorageMountCheck;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.ProfileProblem.Section;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.secrets.SecretStore;
import org.clusterwright.storage.StorageProbe;
import org.clusterwright.storage.apply.StorageChange;

import java.util.ArrayList;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
     * is made, so a plan is a snapshot: make a new one after the user changes a password. What the checks find
     * comes back as the run's findings ({@link org.clusterwright.check.CheckRun#findings()}).
     */
    public List<TargetChecks> plan(Profile profile, SecretStore secrets, Collection<Step> steps) {
        EnumSet<Step> wanted = steps.isEmpty() ? EnumSet.allOf(Step.class) : EnumSet.copyOf(steps);
        List<TargetChecks> plan = new ArrayList<>();
        // two steps may depend on one section (both step 1 and step 2 read the nodes): its input check runs once
        EnumSet<Section> sections = EnumSet.noneOf(Section.class);
        wanted.forEach(step -> sections.addAll(step.sections()));
        List<Check> inputChecks = new ArrayList<>();
        for (Section section : sections) {
            inputChecks.add(new InputCheck(section, profile));
        }
        if (!inputChecks.isEmpty()) {
            plan.add(new TargetChecks(PROFILE_TARGET, inputChecks));
        }
        if (wanted.contains(Step.DATABASE)) {
            databaseTarget(profile, secrets).ifPresent(plan::add);
            // what each node runs, then what they run together: the product and release line to propose
            HealthProbe probe = new HealthProbe(HealthProbe.lazyClient(deadline));
            List<String> names = new ArrayList<>();
            for (ClusterNode node : profile.getNodes()) {
                List<Check> checks = new ArrayList<>(NodeReachabilityChecks.forNode(node));
                checks.add(new NodeProductCheck(node, profile.getProduct(), profile.getVersionLine(), probe));
                plan.add(new TargetChecks(node.targetName(), checks));
                names.add(node.targetName());
            }
            if (!names.isEmpty()) {
                plan.add(new TargetChecks(ClusterLineCheck.TARGET, List.of(new ClusterLineCheck(names,
                        profile.getProduct(), profile.getVersionLine())), Set.copyOf(names)));
            }
        }
        Set<String> keyReads = Set.of();
        if (wanted.contains(Step.ENCRYPTION_KEY)) {
            // one target per node, so the reads run in parallel and a dead node costs one timeout; key.consistent after them
            List<TargetChecks> keyChecks = KeyService.forProfile(profile, secrets, deadline).checks();
            keyReads = keyChecks.stream().map(TargetChecks::target).filter(t -> !t.equals(KeyService.CLUSTER_TARGET))
                    .collect(Collectors.toSet());
            plan.addAll(keyChecks);
        }
        if (wanted.contains(Step.STORAGE)) {
            addStorageChecks(profile, secrets, plan);
        }
        if (wanted.contains(Step.HIGH_AVAILABILITY)) {
            plan.addAll(HaChecks.forProfile(profile, secrets.get(profile.getId(), SecretRef.API_KEY)));
        }
        if (wanted.contains(Step.VERIFY)) {
            // each node is its own target, so the health probes run in parallel and a dead node costs one timeout
            plan.addAll(VerifyPlan.targets(profile, VerifyOptions.forDeadline(deadline), keyReads));
        }
        return plan;
    }

    /**
     * Step 1's database target: db.parse, then the probe, with the password kept for the profile's database (and,
     * with Integrated Security, the service account's). Empty
     * when the profile has no connection string (input.database then says what is missing).
     */
    public static Optional<TargetChecks> databaseTarget(Profile profile, SecretStore secrets) {
        String connectionString = profile.getDatabase().getConnectionString();
        if (connectionString == null || connectionString.isBlank()) {
            return Optional.empty();
        }
        List<Check> database = new ArrayList<>();
        database.add(new ConnectionStringCheck(profile.getDatabase()));
        database.addAll(DatabaseProbe.checks(profile, SharedConnectionString.password(profile, secrets),
                SharedConnectionString.servicePassword(profile, secrets)));
        return Optional.of(new TargetChecks(DATABASE_TARGET, database));
    }

    private static void addStorageChecks(Profile profile, SecretStore secrets, List<TargetChecks> plan) {
        String path = profile.getStorage().getPath();
        // a product that keeps nothing on shared storage has nothing to probe; without a path input.storage says so
        if (profile.getProduct().storage().shared() && path != null && !path.isBlank()) {
            plan.add(new TargetChecks(STORAGE_TARGET, StorageProbe.checks(profile,
                    secrets.get(profile.getId(), profile.getStorage().passwordRef()))));
            // a container sees the share only where its host maps it: at the image's path, which the setting names
            String cannotShare = StorageChange.of(profile).cannotShare().orElse("");
            for (ClusterNode node : profile.getNodes()) {
                if (node.getAccess().container()) {
                    String hostPath = profile.getStorage().getNodePaths().getOrDefault(node.targetName(), path.strip());
                    plan.add(new TargetChecks(node.targetName(), List.of(new StorageMountCheck(node,
                            profile.getProduct(), hostPath, cannotShare))));
                }
            }
        }
    }

}
