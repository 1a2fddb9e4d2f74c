package org.clusterwright.keys;

import org.clusterwright.keys.NodeKeyChange.Action;
import org.clusterwright.nodes.InedoAppConfig;
import org.clusterwright.nodes.NodeAccessException;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.secrets.Secret;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Works out, per node, what applying a key would change, as a dry run: nothing is written here. */
public final class NodeChanges {

    List<NodeKeyChange> describe(List<NodeKeyReading> readings, Secret key, KeyRequest request) {
        String after = EncryptionKeys.fingerprint(key);
        List<NodeKeyChange> result = new ArrayList<>();
        for (NodeKeyReading reading : readings) {
            result.add(describe(reading, key, after, request));
        }
        return result;
    }

    List<NodeKeyChange> blocked(List<NodeKeyReading> readings, String why) {
        return readings.stream().map(r -> change(r, Action.BLOCKED, "", List.of(), why)).toList();
    }

    private NodeKeyChange describe(NodeKeyReading reading, Secret key, String after, KeyRequest request) {
        boolean sameKey = reading.hasKey() && reading.fingerprint().equals(after);
        return switch (reading.state()) {
            case UNREADABLE -> change(reading, Action.BLOCKED, "", List.of(), reading.problem());
            case MANUAL -> change(reading, Action.MANUAL_INSTRUCTIONS, after, List.of(),
                    "Set EncryptionKey to the key with fingerprint " + after + " by hand, as the checklist says.");
            default -> reading.config().isPresent() ? fileChange(reading, key, after, request)
                    : reading.node().getAccess().container()
                    ? change(reading, sameKey && request.connectionElement().isEmpty() ? Action.NO_CHANGE : Action.EXPORT,
                    after, List.of(), sameKey ? "Already uses this key." : "An env file, a compose snippet that reads it"
                    + " and a Kubernetes Secret are written to the export folder; deploy them to the node"
                    + (reading.where().contains("_FILE") ? " and remove its _FILE variable, which it reads the key from"
                    + " now: setting both is invalid" : "") + ".")
                    : change(reading, sameKey ? Action.NO_CHANGE : Action.MANUAL_INSTRUCTIONS, after, List.of(),
                    sameKey ? "Already uses this key." : "Set EncryptionKey by hand, as the checklist says.");
        };
    }

    private NodeKeyChange fileChange(NodeKeyReading reading, Secret key, String after, KeyRequest request) {
        InedoAppConfig config = reading.config().orElseThrow();
        try {
            byte[] planned = config.with(ConfigValues.of(key, request).forFile(config));
            if (java.util.Arrays.equals(planned, config.bytes())) {
                return change(reading, Action.NO_CHANGE, after, List.of(), "Already uses this key.");
            }
            if (!reading.writeProblem().isEmpty()) {
                return change(reading, Action.BLOCKED, after, List.of(), reading.writeProblem());
            }
            String text = InedoAppConfig.parse(planned, reading.where()).decodedText();
            List<String> diff = MaskedDiff.of(reading.where(), config.decodedText(), text, masks(config, key, after, request));
            String note = reading.hasKey() ? "EncryptionKey " + reading.fingerprint() + " -> " + after
                    : reading.state() == NodeKeyReading.State.INVALID ? "EncryptionKey that is not a key replaced: " + after
                    : "EncryptionKey added: " + after;
            return change(reading, Action.WRITE, after, diff, note + "; a backup is written beside the file first.");
        } catch (NodeAccessException e) {
            return change(reading, Action.BLOCKED, "", List.of(), e.getMessage());
        }
    }

    private static Map<String, String> masks(InedoAppConfig config, Secret key, String after, KeyRequest request) {
        Map<String, String> masks = new HashMap<>();
        config.encryptionKey().ifPresent(old -> masks.put(old.reveal(), EncryptionKeys.notAKey(old.reveal()).isPresent()
                ? "[a value that is not a key]" : "[key " + EncryptionKeys.fingerprint(old) + "]"));
        masks.put(key.reveal(), "[key " + after + "]");
        List<Secret> connectionStrings = new ArrayList<>();
        config.connectionString().ifPresent(connectionStrings::add);
        config.postgresConnectionString().ifPresent(connectionStrings::add);
        request.connectionString().ifPresent(connectionStrings::add);
        for (Secret value : connectionStrings) {
            String label = "[connection string, " + value.reveal().length() + " characters]";
            masks.put(value.reveal(), label);
            masks.put(value.reveal().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"), label);
        }
        return masks;
    }

    private static NodeKeyChange change(NodeKeyReading reading, Action action, String after, List<String> diff, String note) {
        return new NodeKeyChange(reading.target(), reading.node().getAccess(), action, reading.where(),
                reading.fingerprint(), after, diff, note);
    }
}
