package org.clusterwright.keys;

import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Status;
import org.clusterwright.engine.KeyStepPlan;
import org.clusterwright.engine.KeyWorkflow;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.secrets.InMemorySecretStore;
import org.clusterwright.testing.LocalConfigNodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a node holds is judged as a typed key is: a placeholder a deployment script left behind, or a truncated key,
 * is reported as not a key on that node, never fingerprinted or compared, never quoted, and apply replaces it.
 */
class KeyValueNotAKeyTest {
    private static final String KEY = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    private static final String TRUNCATED = "0a1b2c3d4e5f6071";
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @Test
    void aPlaceholderAndATruncatedKeyAreNotKeysAndApplyReplacesThem() throws Exception {
        Profile profile = new Profile();
        profile.setName("not a key");
        profile.setProduct(Product.PROGET);
        profile.getNodes().add(LocalConfigNodes.node(dir, "good", KEY, null));
        profile.getNodes().add(LocalConfigNodes.node(dir, "templated", "%ENCRYPTION_KEY%", null));
        profile.getNodes().add(LocalConfigNodes.node(dir, "truncated", TRUNCATED, null));
        KeyWorkflow workflow = new KeyWorkflow(profile, new InMemorySecretStore(), DEADLINE);

        KeySurvey survey = workflow.survey(Optional.empty());
        CheckResult templated = read(survey, "templated");
        assertThat(templated.status()).isEqualTo(Status.FAIL);
        assertThat(templated.summary()).contains("not a key").contains("placeholder");
        assertThat(templated.evidence()).doesNotContainKey("fingerprint");
        CheckResult truncated = read(survey, "truncated");
        assertThat(truncated.status()).isEqualTo(Status.FAIL);
        assertThat(truncated.summary()).contains("not a key").contains("16 hex characters");
        assertThat(survey.inspection().readings()).extracting(NodeKeyReading::fingerprint)
                .containsExactly(EncryptionKeys.fingerprint(org.clusterwright.secrets.Secret.of(KEY)), "", "");

        KeyStepPlan plan = workflow.plan(survey, KeyChoice.adoptCommon(), false);
        assertThat(plan.plan().changes()).extracting(NodeKeyChange::target, NodeKeyChange::action).containsExactly(
                org.assertj.core.groups.Tuple.tuple("good", NodeKeyChange.Action.NO_CHANGE),
                org.assertj.core.groups.Tuple.tuple("templated", NodeKeyChange.Action.WRITE),
                org.assertj.core.groups.Tuple.tuple("truncated", NodeKeyChange.Action.WRITE));
        assertThat(plan.results()).filteredOn(r -> r.id().value().equals("key.consistent")).singleElement()
                .satisfies(r -> assertThat(r.summary()).isEqualTo("templated, truncated hold an EncryptionKey that is"
                        + " not a key."));
        String everything = plan.results() + " " + plan.plan().changes().stream()
                .map(change -> change.note() + String.join("\n", change.diff())).toList();
        assertThat(everything).as("a truncated key is most of a secret").doesNotContain(TRUNCATED)
                .contains("[a value that is not a key]");

        var applied = workflow.apply(plan, Optional.empty(), KeyApplyListener.NONE);
        assertThat(applied.report()).filteredOn(r -> r.id().value().equals("key.consistent")).singleElement()
                .extracting(CheckResult::status).isEqualTo(Status.PASS);
        for (String name : List.of("templated", "truncated")) {
            assertThat(Files.readString(LocalConfigNodes.config(dir, name))).contains(KEY);
        }
    }


    private static CheckResult read(KeySurvey survey, String target) {
        return survey.inspection().results().stream().filter(r -> r.target().equals(target)).findFirst().orElseThrow();
    }
}
