package org.clusterwright.keys;

import org.clusterwright.nodes.InedoAppConfig;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.secrets.Secret;

import java.util.List;
import java.util.Optional;

/**
 * What one node's configuration says about the EncryptionKey: where it was read from and the key's fingerprint,
 * or why it could not be read. The key itself is kept as a {@link Secret} for the one place that writes it.
 */
public record NodeKeyReading(ClusterNode node, State state, String where, Optional<Secret> key, String fingerprint,
                             Optional<InedoAppConfig> config, String problem, String remedy, String writeProblem,
                             List<String> notes) {

    public NodeKeyReading {
        notes = List.copyOf(notes);
    }

    /** A reading with nothing more to note. */
    public NodeKeyReading(ClusterNode node, State state, String where, Optional<Secret> key, String fingerprint,
                          Optional<InedoAppConfig> config, String problem, String remedy, String writeProblem) {
        this(node, state, where, key, fingerprint, config, problem, remedy, writeProblem, List.of());
    }

    public enum State {
        /** A key was read. */
        FOUND,
        /** The configuration was read and holds no key: the node falls back to its machine key. */
        NONE,
        /**
         * The configuration holds an EncryptionKey whose value is not a key (a placeholder left unreplaced, a
         * truncated value); {@code problem} says what is wrong without quoting it. The file can be given the key.
         */
        INVALID,
        /** The configuration could not be read; {@code problem} says why. */
        UNREADABLE,
        /** A manual node whose key nobody has entered yet. */
        MANUAL
    }

    static NodeKeyReading found(ClusterNode node, String where, Secret key, InedoAppConfig config) {
        return new NodeKeyReading(node, State.FOUND, where, Optional.of(key), EncryptionKeys.fingerprint(key),
                Optional.ofNullable(config), "", "", "", List.of());
    }

    static NodeKeyReading none(ClusterNode node, String where, InedoAppConfig config) {
        return new NodeKeyReading(node, State.NONE, where, Optional.empty(), "", Optional.ofNullable(config), "", "", "",
                List.of());
    }

    static NodeKeyReading invalid(ClusterNode node, String where, String why, InedoAppConfig config) {
        return new NodeKeyReading(node, State.INVALID, where, Optional.empty(), "", Optional.ofNullable(config),
                "The EncryptionKey it holds is not a key: " + why + ".", "Give it the cluster's key ('clusterwright keys"
                        + " apply' replaces the value), or fix the deployment step that should have filled it in.", "",
                List.of());
    }

    static NodeKeyReading unreadable(ClusterNode node, String where, String problem, String remedy) {
        return new NodeKeyReading(node, State.UNREADABLE, where, Optional.empty(), "", Optional.empty(), problem, remedy,
                "", List.of());
    }

    /** A node whose read left no reading behind (cut off at its deadline, or cancelled). */
    static NodeKeyReading notRead(ClusterNode node, String why, String remedy) {
        return unreadable(node, "(not read)", why, remedy);
    }

    static NodeKeyReading manual(ClusterNode node) {
        return new NodeKeyReading(node, State.MANUAL, "entered by hand", Optional.empty(), "", Optional.empty(),
                "No key has been entered for this manual node.", "Paste the node's EncryptionKey, or confirm it has none.", "",
                List.of());
    }

    /** The same reading, noting that the file could be read but not replaced (a read-only share, missing rights). */
    NodeKeyReading notWritable(String why) {
        return new NodeKeyReading(node, state, where, key, fingerprint, config, problem, remedy, why, notes);
    }

    /**
     * The same reading with what else the node's configuration says that a person must know: a value set twice,
     * a legacy name, a setting that overrides the shared file.
     */
    NodeKeyReading noting(List<String> more) {
        List<String> all = new java.util.ArrayList<>(notes);
        all.addAll(more);
        return new NodeKeyReading(node, state, where, key, fingerprint, config, problem, remedy, writeProblem, all);
    }

    /** How the node appears as a target in results: its name, or its host when it has none. */
    public String target() {
        return node.targetName();
    }


    public boolean hasKey() {
        return state == State.FOUND;
    }

    @Override
    public String toString() {
        return "NodeKeyReading[" + target() + ", " + state + ", " + where + (fingerprint.isEmpty() ? "" : ", " + fingerprint) + "]";
    }
}
