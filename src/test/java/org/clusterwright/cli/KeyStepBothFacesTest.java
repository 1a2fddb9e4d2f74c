package org.clusterwright.cli;

import org.clusterwright.check.CheckResult;
import org.clusterwright.check.ExitCodes;
import org.clusterwright.database.EmbeddedPostgresServer;
import org.clusterwright.engine.Step;
import org.clusterwright.keys.InstallationKnowledge;
import org.clusterwright.keys.KeyPlan;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.DatabaseKind;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.ProfileStore;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.secrets.InMemorySecretStore;
import org.clusterwright.secrets.Secret;
import org.clusterwright.testing.LocalConfigNodes;
import org.clusterwright.ui.viewmodel.CheckRunViewModel;
import org.clusterwright.ui.viewmodel.KeyStepViewModel;
import org.clusterwright.ui.viewmodel.WizardModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wizard and the command line reach the same key decision from the same findings: on one cluster (three nodes,
 * two keys, a real PostgreSQL holding an installation), 'keys plan' and the wizard's Encryption key step print the
 * same plan text and the same results.
 */
@Timeout(120)
class KeyStepBothFacesTest {
    private static final String KEY_A = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    private static final String KEY_B = "ffeeddccbbaa99887766554433221100";
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    @TempDir
    Path dir;
    private Path profileFile;

    @BeforeEach
    void cluster() throws Exception {
        EmbeddedPostgresServer.sql("postgres", "DROP DATABASE IF EXISTS faces", "CREATE DATABASE faces OWNER "
                + EmbeddedPostgresServer.OWNER);
        EmbeddedPostgresServer.sql("faces", "CREATE TABLE \"__InedoDb_DbSchemaChanges\" (\"Script_Id\" int,"
                        + " \"Script_Name\" text, \"Executed_Date\" timestamp, \"Success_Indicator\" boolean)",
                "INSERT INTO \"__InedoDb_DbSchemaChanges\" VALUES (1, '2025.1/0001-Init.sql', now(), true)",
                "ALTER TABLE \"__InedoDb_DbSchemaChanges\" OWNER TO " + EmbeddedPostgresServer.OWNER);
        Profile profile = new Profile();
        profile.setName("Faces");
        profile.setProduct(Product.PROGET);
        profile.getDatabase().setKind(DatabaseKind.POSTGRESQL);
        profile.getDatabase().setConnectionString("Host=127.0.0.1;Port=" + EmbeddedPostgresServer.port()
                + ";Database=faces;Username=" + EmbeddedPostgresServer.OWNER);
        List<ClusterNode> nodes = new ArrayList<>();
        for (String name : List.of("a", "b", "c")) {
            nodes.add(LocalConfigNodes.node(dir, name, name.equals("c") ? KEY_B : KEY_A, null));
        }
        profile.setNodes(nodes);
        profileFile = dir.resolve("faces.json");
        new ProfileStore().save(profile, profileFile);
    }

    @Test
    void theWizardAndTheCommandLinePlanTheSameKeyFromTheSameFindings() throws Exception {
        StringWriter out = new StringWriter();
        int code = CommandLineApp.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                Map.of("CLUSTERWRIGHT_DB_PASSWORD", EmbeddedPostgresServer.OWNER_PASSWORD)::get,
                "keys", "plan", "--profile", profileFile.toString(), "--timeout", "10");
        assertThat(code).as(out.toString()).isNotEqualTo(ExitCodes.UNUSABLE_INPUT);

        WizardModel model = new WizardModel(new ProfileStore(), new InMemorySecretStore());
        model.open(profileFile);
        model.secrets().put(model.profile().getId(), SecretRef.DATABASE_PASSWORD,
                Secret.of(EmbeddedPostgresServer.OWNER_PASSWORD));
        CheckRunViewModel checks = new CheckRunViewModel(model, Step.ENCRYPTION_KEY, Runnable::run, DEADLINE);
        KeyStepViewModel wizard = new KeyStepViewModel(model, checks, Runnable::run);
        CountDownLatch planned = new CountDownLatch(1);
        wizard.planProperty().addListener((obs, was, now) -> planned.countDown());
        checks.start();
        assertThat(planned.await(60, TimeUnit.SECONDS)).as("the wizard planned after reading").isTrue();

        KeyPlan plan = wizard.planProperty().get();
        assertThat(plan.decision()).isEqualTo(KeyPlan.Decision.ADOPT);
        assertThat(plan.installation().source()).as("the wizard asked the database itself")
                .isEqualTo(InstallationKnowledge.Source.DATABASE);
        assertThat(plan.installation().existing()).isTrue();
        StringWriter wizardText = new StringWriter();
        PrintWriter printer = new PrintWriter(wizardText, true);
        model.results(Step.ENCRYPTION_KEY).forEach(new TextResults(printer)::print);
        new KeyPlanText(printer).print(plan);
        assertThat(out.toString()).startsWith(wizardText.toString());
        assertThat(model.results(Step.ENCRYPTION_KEY)).extracting(CheckResult::id).map(Object::toString)
                .contains("key.read", "key.consistent", "key.decision", "key.plan");
    }
}
