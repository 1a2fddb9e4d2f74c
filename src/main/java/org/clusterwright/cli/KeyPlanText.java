package org.clusterwright.cli;

import org.clusterwright.keys.KeyPlan;
import org.clusterwright.keys.NodeKeyChange;

import java.io.PrintWriter;

/** Prints a key plan for a person: the decision, then per node the action, the file and the masked diff. */
final class KeyPlanText {
    private final PrintWriter out;

    KeyPlanText(PrintWriter out) {
        this.out = out;
    }

    void print(KeyPlan plan) {
        out.println();
        out.println("Key plan: " + plan.decision() + (plan.fingerprint().isEmpty() ? "" : ", key " + plan.fingerprint())
                + " (" + plan.basis() + ")");
        out.println("Installation: " + plan.installation().basis());
        out.println("Connection string: " + plan.connectionElement()
                .map(element -> "every node gets the profile's, in <" + element.tag() + "> (its password masked below)")
                .orElse("each node keeps its own"));
        if (!plan.confirmation().isEmpty()) {
            out.println("Replacing an existing key was confirmed with: " + plan.confirmation());
        }
        for (NodeKeyChange change : plan.changes()) {
            out.printf("  %-16s %-20s %s%n", change.target(), change.action(), change.where());
            if (!change.note().isBlank()) {
                out.println("      " + change.note());
            }
            change.diff().forEach(line -> out.println("      " + line));
        }
        out.flush();
    }
}
