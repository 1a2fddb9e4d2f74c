package org.clusterwright.keys;

import org.clusterwright.check.CheckId;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Groups;
import org.clusterwright.check.Outcome;
import org.clusterwright.keys.KeyPlan.Decision;
import org.clusterwright.keys.NodeKeyReading.State;
import org.clusterwright.secrets.Secret;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides which key the cluster gets. The rule that matters: an existing key, or an existing installation whose
 * stored secrets depend on one, is never replaced by a new key unless the user typed the confirmation, and then
 * the plan says so in {@code key.decision}.
 */
public final class KeyPlanner {
    static final CheckId DECISION = CheckId.of("key.decision");
    static final CheckId NODE_PLAN = CheckId.of("key.plan");

    private final NodeChanges changes;

    public KeyPlanner(NodeChanges changes) {
        this.changes = changes;
    }

    public KeyPlan plan(List<NodeKeyReading> readings, KeyRequest request) {
        Groups groups = KeyConsistency.groups(readings);
        boolean somethingExists = !groups.isEmpty() || request.existingInstallation();
        boolean confirmed = KeyPlan.GENERATE_CONFIRMATION.equals(request.confirmation().strip());
        Choice choice;
        if (request.adoptFrom().isPresent()) {
            choice = adoptFrom(readings, request.adoptFrom().get(), groups);
        } else if (request.typedKey().isPresent()) {
            String fingerprint = EncryptionKeys.fingerprint(request.typedKey().get());
            boolean known = groups.contains(fingerprint);
            choice = !known && !groups.isEmpty() && !confirmed
                    ? refuse("The typed key " + fingerprint + " is not the key any node uses; replacing the nodes' key "
                    + "makes the secrets stored with it unreadable.", request)
                    : new Choice(Decision.TYPED, request.typedKey(), "typed by the user" + (known
                    ? ", used by " + String.join(", ", groups.targetsOf(fingerprint)) : ""), !known && !groups.isEmpty());
        } else if (request.generate()) {
            choice = somethingExists && !confirmed
                    ? refuse((groups.isEmpty() ? "The database holds an existing installation"
                    : "Nodes already use a key") + "; a new key would make the secrets stored with the old one "
                    + "unreadable.", request)
                    : new Choice(Decision.GENERATE, Optional.of(request.generatedKey().orElseGet(EncryptionKeys::generate)),
                    "newly generated", somethingExists);
        } else if (!groups.isEmpty()) {
            choice = adoptCommon(readings, groups, request);
        } else if (request.existingInstallation()) {
            choice = refuse(request.installation().asSubject() + ", but no node has a key to adopt.", request);
        } else {
            choice = new Choice(Decision.GENERATE, Optional.of(EncryptionKeys.generate()),
                    "newly generated: no node has a key and the database has no installation yet", false);
        }
        String fingerprint = choice.key().map(EncryptionKeys::fingerprint).orElse("");
        List<CheckResult> results = new ArrayList<>();
        results.add(KeyConsistency.evaluate(readings, fingerprint));
        results.add(decisionResult(choice, fingerprint, request));
        List<NodeKeyChange> nodeChanges = choice.key().isPresent()
                ? changes.describe(readings, choice.key().get(), request) : changes.blocked(readings, choice.basis());
        if (choice.key().isPresent()) {
            nodeChanges.forEach(change -> results.add(nodeResult(change)));
        }
        return new KeyPlan(choice.decision(), choice.key(), fingerprint, choice.basis(),
                choice.replacesExisting() ? request.confirmation().strip() : "", readings, nodeChanges, results,
                request.connectionElement(), request.connectionString(), request.installation());
    }

    private record Choice(Decision decision, Optional<Secret> key, String basis, boolean replacesExisting) {
    }

    private static Choice refuse(String why, KeyRequest request) {
        String confirmationNote = request.confirmation().isBlank() ? "no confirmation was given"
                : "the confirmation did not match";
        return new Choice(Decision.REFUSED, Optional.empty(), why + " Refused: " + confirmationNote + ". Adopt the "
                + "existing key, type the original key from a backup, or type '" + KeyPlan.GENERATE_CONFIRMATION
                + "' to replace it anyway.", false);
    }

    private static Choice adoptFrom(List<NodeKeyReading> readings, String target, Groups groups) {
        Optional<NodeKeyReading> source = readings.stream().filter(r -> r.target().equalsIgnoreCase(target)).findFirst();
        if (source.isEmpty()) {
            return new Choice(Decision.REFUSED, Optional.empty(), "There is no node '" + target + "' in the profile.", false);
        }
        if (!source.get().hasKey()) {
            return new Choice(Decision.REFUSED, Optional.empty(), "Node " + source.get().target()
                    + " has no key to adopt (" + source.get().state().name().toLowerCase() + ").", false);
        }
        List<String> users = groups.targetsOf(source.get().fingerprint());
        return new Choice(Decision.ADOPT, source.get().key(), "adopted from " + source.get().target() + ", used by "
                + String.join(", ", users), false);
    }

    private static Choice adoptCommon(List<NodeKeyReading> readings, Groups groups, KeyRequest request) {
        String fingerprint = request.databaseFingerprint().filter(groups::contains).orElse(groups.majority());
        if (fingerprint.isEmpty()) {
            return new Choice(Decision.CHOICE_NEEDED, Optional.empty(), "No key is used by most nodes ("
                    + groups.describe() + "). Pick the node whose key the installation uses.", false);
        }
        NodeKeyReading source = readings.stream().filter(r -> r.state() == State.FOUND && r.fingerprint().equals(fingerprint))
                .findFirst().orElseThrow();
        String why = request.databaseFingerprint().isPresent() ? "the key the database's existing nodes use"
                : groups.targetsOf(fingerprint).size() + " of " + readings.size() + " nodes use it";
        return new Choice(Decision.ADOPT, source.key(), "adopted from " + source.target() + " (" + why + ")", false);
    }

    private static CheckResult nodeResult(NodeKeyChange change) {
        Outcome outcome = switch (change.action()) {
            case NO_CHANGE -> Outcome.pass("No change: already uses the key " + change.fingerprintAfter() + ".");
            case WRITE -> Outcome.pass("Will write: " + change.note());
            case EXPORT -> Outcome.pass("Will export: " + change.note());
            case MANUAL_INSTRUCTIONS -> Outcome.warn("By hand: " + change.note(), "Follow the checklist for this node.");
            case BLOCKED -> Outcome.fail("Cannot be changed: " + change.note(),
                    "Fix this node (or take it out of the profile); nothing is written to any node until then.");
        };
        return CheckResult.of(NODE_PLAN, change.target(), outcome.withEvidence("source", change.where())
                .withEvidence("action", change.action()), Duration.ZERO);
    }

    private static CheckResult decisionResult(Choice choice, String fingerprint, KeyRequest request) {
        Outcome outcome = switch (choice.decision()) {
            case REFUSED -> Outcome.fail("No key can be planned: " + choice.basis(), "Choose how to proceed as described.");
            case CHOICE_NEEDED -> Outcome.fail(choice.basis(), "Adopt from one node (--adopt-from NODE, or Adopt in the wizard).");
            default -> choice.replacesExisting()
                    ? Outcome.warn("The key " + fingerprint + " (" + choice.basis() + ") replaces an existing key, as "
                    + "the user confirmed.", "Secrets stored with the old key become unreadable; keep the backups.")
                    .withEvidence("confirmation", request.confirmation().strip())
                    : Outcome.pass("The cluster's key is " + fingerprint + ": " + choice.basis() + ".");
        };
        InstallationKnowledge installation = request.installation();
        return CheckResult.of(DECISION, KeyService.CLUSTER_TARGET, outcome.withDetail("Installation: "
                        + installation.basis() + ".").withEvidence("decision", choice.decision())
                .withEvidence("existingInstallation", installation.existing())
                .withEvidence("installationSource", installation.source()), Duration.ZERO);
    }
}
