package org.clusterwright.keys;

import org.clusterwright.check.Groups;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether the nodes' keys agree: the one judgement behind {@code key.consistent} (the key step) and
 * {@code verify.key} (step 5), each of which words the verdict for its own step. The reference is the key the
 * cluster should have, else the one most nodes use; a node that could not be read leaves the answer unproven.
 */
public final class KeyAgreement {

    /** The verdicts, most serious first: the first that applies is the answer. */
    public enum Verdict {
        /** The nodes read hold more than one key. */
        DIFFERENT_KEYS,
        /** Every node read holds one key, but not the reference. */
        NOT_THE_REFERENCE,
        /** A node has no key at all. */
        MISSING_KEY,
        /** A node holds a value that is not a key. */
        INVALID_KEY,
        /** A node's configuration could not be read. */
        UNREADABLE,
        /** A node was not read, or its key was never entered. */
        NOT_READ,
        /** No node was read at all. */
        NOTHING_READ,
        /** Every node holds the reference. */
        ONE_KEY
    }

    private final List<String> targets;
    private final Map<String, NodeKeyReading> readings;
    private final Groups keys = new Groups();
    private final String reference;
    private final List<String> without = new ArrayList<>();
    private final List<String> invalid = new ArrayList<>();
    private final List<NodeKeyReading> unreadable = new ArrayList<>();
    private final List<String> notEntered = new ArrayList<>();
    private final List<String> notRead = new ArrayList<>();

    private KeyAgreement(List<String> targets, Map<String, NodeKeyReading> readings, String chosenFingerprint) {
        this.targets = List.copyOf(targets);
        this.readings = Map.copyOf(readings);
        for (String target : targets) {
            NodeKeyReading reading = readings.get(target);
            if (reading == null) {
                notRead.add(target);
                continue;
            }
            switch (reading.state()) {
                case FOUND -> keys.add(reading.fingerprint(), target);
                case NONE -> without.add(target);
                case INVALID -> invalid.add(target);
                case UNREADABLE -> unreadable.add(reading);
                case MANUAL -> notEntered.add(target);
            }
        }
        this.reference = chosenFingerprint == null || chosenFingerprint.isEmpty() ? keys.majority() : chosenFingerprint;
    }

    /**
     * Judges {@code readings} (by target; a target without one was not read) of the nodes {@code targets}, in their
     * order, against {@code chosenFingerprint} (empty: the key most nodes use).
     */
    public static KeyAgreement of(List<String> targets, Map<String, NodeKeyReading> readings, String chosenFingerprint) {
        return new KeyAgreement(targets, readings, chosenFingerprint);
    }

    public Verdict verdict() {
        if (keys.size() > 1) {
            return Verdict.DIFFERENT_KEYS;
        }
        if (!odd().isEmpty()) {
            return Verdict.NOT_THE_REFERENCE;
        }
        if (!without.isEmpty()) {
            return Verdict.MISSING_KEY;
        }
        if (!invalid.isEmpty()) {
            return Verdict.INVALID_KEY;
        }
        if (!unreadable.isEmpty()) {
            return Verdict.UNREADABLE;
        }
        if (!notEntered.isEmpty() || !notRead.isEmpty()) {
            return Verdict.NOT_READ;
        }
        return keys.isEmpty() ? Verdict.NOTHING_READ : Verdict.ONE_KEY;
    }

    /** The nodes with a key, grouped by its fingerprint. */
    public Groups keys() {
        return keys;
    }

    /** The key the nodes should have: the chosen one, else the one most use; empty on a tie. */
    public String reference() {
        return reference;
    }

    /** The nodes whose key is not the reference, in the nodes' order. */
    public List<String> odd() {
        return targets.stream().filter(target -> readings.containsKey(target) && readings.get(target).hasKey()
                && !readings.get(target).fingerprint().equals(reference)).toList();
    }

    /** The nodes whose configuration holds no key. */
    public List<String> without() {
        return List.copyOf(without);
    }

    /** The nodes that hold a value that is not a key. */
    public List<String> invalid() {
        return List.copyOf(invalid);
    }

    /** The readings of the nodes that could not be read, with why. */
    public List<NodeKeyReading> unreadable() {
        return List.copyOf(unreadable);
    }

    /** The manual nodes whose key nobody has entered. */
    public List<String> notEntered() {
        return List.copyOf(notEntered);
    }

    /** The nodes with no reading in this run. */
    public List<String> notRead() {
        return List.copyOf(notRead);
    }
}
