package org.clusterwright.engine;

import org.clusterwright.check.Check;
import org.clusterwright.check.TargetChecks;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.StarterProfiles;
import org.clusterwright.secrets.InMemorySecretStore;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each section of the profile is checked once per plan, however many of the planned steps depend on it. */
class InputChecksPlanTest {
    private final CheckPlanner planner = new CheckPlanner();

    @Test
    void theNodesThatStepsOneAndTwoBothReadAreCheckedOnce() {
        assertThat(inputChecks(List.of())).containsExactly("input.general", "input.nodes", "input.database",
                "input.encryption-key", "input.storage", "input.load-balancer");
        assertThat(inputChecks(List.of(Step.DATABASE, Step.ENCRYPTION_KEY))).containsExactly("input.general",
                "input.nodes", "input.database", "input.encryption-key");
        assertThat(inputChecks(List.of(Step.ENCRYPTION_KEY))).containsExactly("input.nodes", "input.encryption-key");
        assertThat(inputChecks(List.of(Step.HIGH_AVAILABILITY))).isEmpty();
    }

    private List<String> inputChecks(List<Step> steps) {
        List<TargetChecks> plan = planner.plan(StarterProfiles.create(Product.PROGET, "Plan"), new InMemorySecretStore(),
                steps);
        return plan.stream().filter(target -> target.target().equals(CheckPlanner.PROFILE_TARGET))
                .flatMap(target -> target.checks().stream()).map(Check::id).map(id -> id.value()).toList();
    }
}
