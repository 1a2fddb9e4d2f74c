package org.clusterwright.keys;

import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Status;
import org.clusterwright.database.Installation;
import org.clusterwright.keys.KeyPlan.Decision;
import org.clusterwright.nodes.InedoAppConfig;
import org.clusterwright.nodes.NodeAccessException;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.secrets.Secret;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The decision rules, on readings made up in memory: adopt by default, never generate over existing keys unasked. */
class KeyPlannerTest {
    private static final String A = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private static final String B = "0123456789abcdef0123456789abcdef";

    private static final InstallationKnowledge EMPTY_DATABASE = InstallationKnowledge.fromDatabase(Installation.none(0));

    private final KeyPlanner planner = new KeyPlanner(new NodeChanges());

    private static NodeKeyReading found(String name, String key) throws NodeAccessException {
        ClusterNode node = new ClusterNode(name, name + ".corp", NodeAccess.WINDOWS_SMB, null);
        String text = "<InedoAppConfig>\n  <EncryptionKey>" + key + "</EncryptionKey>\n</InedoAppConfig>\n";
        return NodeKeyReading.found(node, "\\\\" + name + "\\C$\\ProGet.config", Secret.of(key),
                InedoAppConfig.parse(text.getBytes(StandardCharsets.UTF_8), name));
    }

    private static NodeKeyReading none(String name) throws NodeAccessException {
        ClusterNode node = new ClusterNode(name, name + ".corp", NodeAccess.WINDOWS_SMB, null);
        return NodeKeyReading.none(node, name, InedoAppConfig.parse("<InedoAppConfig/>".getBytes(StandardCharsets.UTF_8), name));
    }

    private static CheckResult result(KeyPlan plan, String id) {
        return plan.results().stream().filter(r -> r.id().value().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void twoMatchingAndOneDifferentAdoptsTheCommonKeyAndNamesTheOddNode() throws Exception {
        KeyPlan plan = planner.plan(List.of(found("node-1", A), found("node-2", A), found("node-3", B)),
                KeyRequest.adoptExisting());
        assertThat(plan.decision()).isEqualTo(Decision.ADOPT);
        assertThat(plan.fingerprint()).isEqualTo(EncryptionKeys.fingerprint(Secret.of(A)));
        assertThat(plan.basis()).contains("adopted from node-1").contains("2 of 3 nodes");
        CheckResult consistent = result(plan, "key.consistent");
        assertThat(consistent.status()).isEqualTo(Status.FAIL);
        assertThat(consistent.summary()).contains("node-3 differs").doesNotContain("node-1,");
        assertThat(consistent.evidence()).containsEntry("oddNodes", "node-3");
        assertThat(plan.changes()).extracting(NodeKeyChange::action)
                .containsExactly(NodeKeyChange.Action.NO_CHANGE, NodeKeyChange.Action.NO_CHANGE, NodeKeyChange.Action.WRITE);
        assertThat(plan.changes().get(2).diff()).isNotEmpty().noneMatch(line -> line.contains(A) || line.contains(B))
                .anyMatch(line -> line.contains("[key " + plan.fingerprint() + "]"));
        assertThat(plan.canApply()).isTrue();
    }

    @Test
    void aTieNeedsAChoiceAndAdoptingFromANodeSettlesIt() throws Exception {
        List<NodeKeyReading> readings = List.of(found("node-1", A), found("node-2", B));
        KeyPlan tie = planner.plan(readings, KeyRequest.adoptExisting());
        assertThat(tie.decision()).isEqualTo(Decision.CHOICE_NEEDED);
        assertThat(tie.canApply()).isFalse();
        assertThat(result(tie, "key.decision").status()).isEqualTo(Status.FAIL);

        KeyPlan picked = planner.plan(readings, KeyRequest.adoptExisting().adoptingFrom("node-2"));
        assertThat(picked.decision()).isEqualTo(Decision.ADOPT);
        assertThat(picked.key().orElseThrow().reveal()).isEqualTo(B);
        assertThat(result(picked, "key.consistent").summary()).contains("node-1 differs");
    }

    @Test
    void theDatabasesKeyWinsOverTheMajority() throws Exception {
        String databaseUses = EncryptionKeys.fingerprint(Secret.of(B));
        KeyPlan plan = planner.plan(List.of(found("node-1", A), found("node-2", A), found("node-3", B)),
                KeyRequest.adoptExisting().withDatabaseFingerprint(databaseUses));
        assertThat(plan.fingerprint()).isEqualTo(databaseUses);
        assertThat(plan.basis()).contains("database");
    }

    @Test
    void anExistingInstallationWithoutAnyKeyIsNeverGivenANewKeyUnconfirmed() throws Exception {
        List<NodeKeyReading> readings = List.of(none("node-1"), none("node-2"));
        KeyPlan asked = planner.plan(readings, KeyRequest.adoptExisting());
        assertThat(asked.decision()).isEqualTo(Decision.REFUSED);

        KeyPlan unconfirmed = planner.plan(readings, KeyRequest.adoptExisting().generating(""));
        assertThat(unconfirmed.decision()).isEqualTo(Decision.REFUSED);
        assertThat(unconfirmed.key()).isEmpty();
        assertThat(unconfirmed.canApply()).isFalse();
        assertThat(result(unconfirmed, "key.decision").summary()).contains("existing installation")
                .contains(KeyPlan.GENERATE_CONFIRMATION);

        KeyPlan mistyped = planner.plan(readings, KeyRequest.adoptExisting().generating("yes"));
        assertThat(mistyped.decision()).isEqualTo(Decision.REFUSED);
        assertThat(mistyped.basis()).contains("did not match");

        KeyPlan confirmed = planner.plan(readings, KeyRequest.adoptExisting().generating(KeyPlan.GENERATE_CONFIRMATION));
        assertThat(confirmed.decision()).isEqualTo(Decision.GENERATE);
        assertThat(confirmed.confirmation()).isEqualTo(KeyPlan.GENERATE_CONFIRMATION);
        CheckResult decision = result(confirmed, "key.decision");
        assertThat(decision.status()).isEqualTo(Status.WARN);
        assertThat(decision.evidence()).containsEntry("confirmation", KeyPlan.GENERATE_CONFIRMATION);
    }

    @Test
    void theDecisionSaysWhatItKnewOfTheInstallationAndHow() throws Exception {
        List<NodeKeyReading> readings = List.of(none("node-1"), none("node-2"));
        InstallationKnowledge installed = InstallationKnowledge.fromDatabase(
                new Installation(true, 3, "2025.9/0003-Retention.sql", "2025-09-12 08:30:00", 0, 40));

        CheckResult fromDatabase = result(planner.plan(readings, KeyRequest.adoptExisting(installed)), "key.decision");
        assertThat(fromDatabase.summary()).startsWith("No key can be planned: The database holds an existing installation");
        assertThat(fromDatabase.detail()).isEqualTo("Installation: db.installation: the database holds an existing "
                + "installation (3 schema scripts, latest 2025.9/0003-Retention.sql).");
        assertThat(fromDatabase.evidence()).containsEntry("installationSource", "DATABASE")
                .containsEntry("existingInstallation", "true");

        CheckResult assumed = result(planner.plan(readings, KeyRequest.adoptExisting()), "key.decision");
        assertThat(assumed.summary()).contains("An existing installation is assumed");
        assertThat(assumed.detail()).contains("assumed: the database was not asked");

        KeyPlan stated = planner.plan(readings, KeyRequest.adoptExisting(InstallationKnowledge.stated(false,
                "the database could not be asked: db.tcp ERROR")));
        assertThat(stated.decision()).isEqualTo(Decision.GENERATE);
        assertThat(result(stated, "key.decision").detail()).isEqualTo("Installation: stated by the user: no installation "
                + "yet (the database could not be asked: db.tcp ERROR).");
        assertThat(stated.installation().source()).isEqualTo(InstallationKnowledge.Source.STATED);
    }

    @Test
    void onlyAnExistingInstallationMayBeAssumed() {
        assertThatThrownBy(() -> new InstallationKnowledge(false, InstallationKnowledge.Source.ASSUMED, "guess"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void generatingOverNodesKeysNeedsTheConfirmationEvenForANewDatabase() throws Exception {
        KeyPlan plan = planner.plan(List.of(found("node-1", A), none("node-2")), KeyRequest.adoptExisting(EMPTY_DATABASE).generating(""));
        assertThat(plan.decision()).isEqualTo(Decision.REFUSED);
        assertThat(plan.basis()).contains("Nodes already use a key");
    }

    @Test
    void aFreshClusterGetsANewKeyWithoutAsking() throws Exception {
        KeyPlan plan = planner.plan(List.of(none("node-1"), none("node-2")), KeyRequest.adoptExisting(EMPTY_DATABASE));
        assertThat(plan.decision()).isEqualTo(Decision.GENERATE);
        assertThat(plan.confirmation()).isEmpty();
        assertThat(result(plan, "key.decision").status()).isEqualTo(Status.PASS);
        assertThat(result(plan, "key.consistent").status()).isEqualTo(Status.FAIL);
        assertThat(plan.changes()).extracting(NodeKeyChange::target, NodeKeyChange::action).containsExactly(
                tuple("node-1", NodeKeyChange.Action.WRITE), tuple("node-2", NodeKeyChange.Action.WRITE));
    }

    @Test
    void aTypedKeyFromABackupRestoresAnInstallationButCannotSilentlyReplaceNodesKeys() throws Exception {
        KeyPlan restore = planner.plan(List.of(none("node-1")), KeyRequest.adoptExisting().withTypedKey(Secret.of(A), ""));
        assertThat(restore.decision()).isEqualTo(Decision.TYPED);
        KeyPlan replace = planner.plan(List.of(found("node-1", B)), KeyRequest.adoptExisting().withTypedKey(Secret.of(A), ""));
        assertThat(replace.decision()).isEqualTo(Decision.REFUSED);
    }

    @Test
    void anUnreadableNodeBlocksTheWholeApply() throws Exception {
        ClusterNode dead = new ClusterNode("node-3", "node-3.corp", NodeAccess.WINDOWS_SMB, null);
        KeyPlan plan = planner.plan(List.of(found("node-1", A), found("node-2", A),
                NodeKeyReading.unreadable(dead, "\\\\node-3\\C$", "node-3 rejected the password.", "Re-enter it.")),
                KeyRequest.adoptExisting());
        assertThat(plan.decision()).isEqualTo(Decision.ADOPT);
        assertThat(plan.canApply()).isFalse();
        assertThat(plan.blockers()).extracting(NodeKeyChange::target).containsExactly("node-3");
        assertThat(result(plan, "key.consistent").status()).isEqualTo(Status.ERROR);
    }

    @Test
    void theChosenConnectionStringIsPartOfThePlanAndMaskedInTheDiff() throws Exception {
        String connection = "Server=inedodb;Database=proget;User Id=proget;Password=Very-Secret-Pg";
        KeyPlan plan = planner.plan(List.of(found("node-1", A), found("node-2", A)), KeyRequest.adoptExisting()
                .withConnectionString(org.clusterwright.nodes.ConfigElement.POSTGRES_CONNECTION_STRING, Secret.of(connection)));
        assertThat(plan.changes()).extracting(NodeKeyChange::target, NodeKeyChange::action).containsExactly(
                tuple("node-1", NodeKeyChange.Action.WRITE), tuple("node-2", NodeKeyChange.Action.WRITE));
        List<String> diff = plan.changes().get(0).diff();
        assertThat(diff).anyMatch(line -> line.startsWith("+") && line.contains("<PostgresConnectionString>[connection string, "))
                .noneMatch(line -> line.contains("Very-Secret-Pg") || line.contains(A));
        assertThat(plan.toString()).doesNotContain(A);
    }
}
