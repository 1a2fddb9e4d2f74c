package org.clusterwright.keys;

import org.clusterwright.check.Check;
import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Finding;
import org.clusterwright.check.Outcome;
import org.clusterwright.profile.ClusterNode;

/**
 * {@code key.read}: reads one node's EncryptionKey. Evidence is where it was read from and the fingerprint;
 * the key never appears. The reading itself is published as {@link #READING}, from which the plan is made.
 */
public final class KeyReadCheck implements Check {
    public static final CheckId ID = CheckId.of("key.read");
    /** What this node's configuration holds, key included: for the plan and for the checks that judge the cluster. */
    public static final Finding<NodeKeyReading> READING = Finding.of("key.reading", NodeKeyReading.class);

    private final ClusterNode node;
    private final NodeKeyReader reader;

    public KeyReadCheck(ClusterNode node, NodeKeyReader reader) {
        this.node = node;
        this.reader = reader;
    }

    @Override
    public CheckId id() {
        return ID;
    }

    @Override
    public Outcome run(CheckContext context) {
        NodeKeyReading reading = reader.read(node);
        context.publish(READING, reading);
        Outcome outcome = switch (reading.state()) {
            case FOUND -> Outcome.pass("EncryptionKey found, fingerprint " + reading.fingerprint() + ".")
                    .withEvidence("fingerprint", reading.fingerprint());
            case NONE -> Outcome.warn("No EncryptionKey is set: this node falls back to its own machine key.",
                    "Give it the cluster's key with 'clusterwright keys apply'; a cluster needs one key everywhere.");
            case INVALID, UNREADABLE -> Outcome.fail(reading.problem(), reading.remedy());
            case MANUAL -> Outcome.skip(reading.problem() + " " + reading.remedy());
        };
        if (!reading.notes().isEmpty()) {
            String notes = String.join(" ", reading.notes());
            outcome = outcome.status() == org.clusterwright.check.Status.PASS
                    ? Outcome.warn(outcome.summary() + " " + notes, "Fix what the note names, so the file read here"
                    + " is what the product uses.").withEvidence("fingerprint", reading.fingerprint())
                    : outcome.withDetail(notes);
        }
        outcome = outcome.withEvidence("source", reading.where());
        return reading.writeProblem().isEmpty() || reading.config().isEmpty() ? outcome
                : outcome.withEvidence("writable", false).withDetail("Cannot be replaced: " + reading.writeProblem());
    }
}
