package org.clusterwright.engine;

import org.clusterwright.check.Check;
import org.clusterwright.check.TargetChecks;
import org.clusterwright.database.ConnectionStringCheck;
import org.clusterwright.nodes.NodeReachabilityChecks;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.ProfileProblem.Section;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;

/**
 * Decides which checks apply to a profile and groups them by target. Both the wizard and the command line ask
 * here, so they always run the same checks.
 */
public final class CheckPlanner {
    /** The target name for checks about the profile's own content. */
    public static final String PROFILE_TARGET = "profile";
    /** The target name for checks about the shared database. */
    public static final String DATABASE_TARGET = "database";

    public List<TargetChecks> plan(Profile profile, Collection<Step> steps) {
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
                plan.add(new TargetChecks(DATABASE_TARGET, List.of(new ConnectionStringCheck(profile.getDatabase()))));
            }
            for (ClusterNode node : profile.getNodes()) {
                plan.add(new TargetChecks(targetName(node), NodeReachabilityChecks.forNode(node)));
            }
        }
        return plan;
    }

    public List<TargetChecks> planAll(Profile profile) {
        return plan(profile, EnumSet.allOf(Step.class));
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
