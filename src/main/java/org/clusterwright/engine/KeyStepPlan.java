package org.clusterwright.engine;

import org.clusterwright.check.CheckResult;
import org.clusterwright.keys.KeyChoice;
import org.clusterwright.keys.KeyPlan;

import java.util.List;
import java.util.Optional;

/**
 * The key step's plan as both faces show it.
 *
 * @param plan                 the decision and what it means for each node
 * @param results              each node's {@code key.read}, then the plan's {@code key.consistent}, {@code key.decision}
 *                             and {@code key.plan} results
 * @param choice               the choice the plan was made from, keeping a generated key for the next plan
 * @param connectionStringNote why the nodes keep their own connection strings, when one was to be handed out and
 *                             cannot be
 * @param restartNotice        which services on which nodes must restart before the change takes effect
 */
public record KeyStepPlan(KeyPlan plan, List<CheckResult> results, KeyChoice choice,
                          Optional<String> connectionStringNote, Optional<String> restartNotice) {
    public KeyStepPlan {
        results = List.copyOf(results);
    }

    /** Why nothing may be written, when the plan cannot be applied as a whole. */
    public Optional<String> refusal() {
        if (plan.canApply()) {
            return Optional.empty();
        }
        return Optional.of("nothing was written: " + (plan.key().isEmpty() ? plan.basis()
                : plan.blockers().size() + " node(s) cannot take the key; see key.read and key.plan."));
    }
}
