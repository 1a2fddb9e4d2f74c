package org.clusterwright.engine;

import org.clusterwright.check.CheckId;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Outcome;

import java.time.Duration;
import java.util.Locale;

/**
 * A proof a write rests on, made in the same run as the write. Each has a name, so that {@code --force NAME} says
 * exactly which proof it skips, and a write made without its proof is recorded as {@code apply.forced}.
 */
public enum WriteGate {
    /** ProGet's storage path: {@code storage.write} passed and {@code storage.space} did not fail for that path. */
    STORAGE("storage", "the storage probe proved the service account can write to the path"),
    /** Step 1's connection string on every node: {@code db.login} passed as the string's own user. */
    CONNECTION_STRING("connection-string", "db.login proved the connection string's own user can log in");

    /** The id of the result that records a write made without its proof. */
    public static final CheckId FORCED = CheckId.of("apply.forced");

    private final String id;
    private final String proof;

    WriteGate(String id, String proof) {
        this.id = id;
        this.proof = proof;
    }

    public String id() {
        return id;
    }

    public static WriteGate fromId(String id) {
        for (WriteGate gate : values()) {
            if (gate.id.equalsIgnoreCase(id.strip())) {
                return gate;
            }
        }
        throw new IllegalArgumentException("unknown gate '" + id + "': expected storage or connection-string");
    }

    /** The record of a write made past this gate, which the report keeps: why the proof was missing. */
    public CheckResult forced(String target, String missing) {
        return CheckResult.of(FORCED, target, Outcome.warn("Written with --force " + id + ", without the proof that "
                        + proof + ": " + missing + ".", "Prove it now (run the check again) and keep the evidence;"
                        + " a write without its proof may leave the cluster broken.").withEvidence("gate", id),
                Duration.ZERO);
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
