package org.clusterwright.keys;

import org.clusterwright.check.CheckResult;
import org.clusterwright.nodes.ConfigElement;
import org.clusterwright.secrets.Secret;

import java.util.List;
import java.util.Optional;

/**
 * The decision about the cluster's EncryptionKey and what it means for each node, before anything is written.
 *
 * @param decision     what was decided
 * @param key          the key every node will get (empty unless the plan can be applied)
 * @param fingerprint  that key's fingerprint, safe to show
 * @param basis        why this key, in words ("adopted from node-1, used by 2 of 3 nodes")
 * @param confirmation the confirmation the user typed to replace an existing key, recorded for the report
 * @param readings     what each node had
 * @param changes      what will happen to each node, with masked diffs
 * @param results      {@code key.consistent} and {@code key.decision}, for the grid and the report
 * @param installation what the decision knew of the database's installation, and how it knew
 */
public record KeyPlan(Decision decision, Optional<Secret> key, String fingerprint, String basis, String confirmation,
                      List<NodeKeyReading> readings, List<NodeKeyChange> changes, List<CheckResult> results,
                      Optional<ConfigElement> connectionElement, Optional<Secret> connectionString,
                      InstallationKnowledge installation) {

    /** What the user must type, exactly, to replace the key of an existing installation. */
    public static final String GENERATE_CONFIRMATION = "REPLACE THE ENCRYPTION KEY";

    public enum Decision {
        /** Use the key a node already has. */
        ADOPT,
        /** Use the key the user typed (for example the original one, from a backup). */
        TYPED,
        /** Use a newly generated key. */
        GENERATE,
        /** Several keys are equally common and none was chosen. */
        CHOICE_NEEDED,
        /** The request is not safe or not possible; {@code basis} says why. */
        REFUSED
    }

    public KeyPlan {
        readings = List.copyOf(readings);
        changes = List.copyOf(changes);
        results = List.copyOf(results);
    }

    /**
     * True when a key was decided and every node can take it. Everything is checked before anything is written:
     * one node that cannot be read or replaced blocks the whole apply, so a cluster is never left half-changed
     * for a reason known in advance.
     */
    public boolean canApply() {
        return key.isPresent() && (decision == Decision.ADOPT || decision == Decision.TYPED || decision == Decision.GENERATE)
                && blockers().isEmpty();
    }

    /** The nodes that stop the apply, with the reason for each. */
    public List<NodeKeyChange> blockers() {
        return changes.stream().filter(c -> c.action() == NodeKeyChange.Action.BLOCKED).toList();
    }

    @Override
    public String toString() {
        return "KeyPlan[" + decision + ", " + (fingerprint.isEmpty() ? "no key" : fingerprint) + ", " + basis + "]";
    }
}
