package org.clusterwright.keys;

import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Status;
import org.clusterwright.database.EmbeddedPostgresServer;
import org.clusterwright.engine.KeyWorkflow;
import org.clusterwright.keys.InstallationKnowledge.Source;
import org.clusterwright.keys.KeyPlan.Decision;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.DatabaseKind;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.secrets.InMemorySecretStore;
import org.clusterwright.secrets.Secret;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The key step learns whether the database holds an installation by asking it (a real PostgreSQL 17), and says in
 * the plan what the decision rested on. Nodes are local folders without a key, so the installation decides.
 */
@Timeout(120)
class KeySurveyTest {
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private final Profile profile = new Profile();
    private final InMemorySecretStore secrets = new InMemorySecretStore();

    @BeforeEach
    void twoNodesWithoutAKey() throws Exception {
        profile.setProduct(Product.PROGET);
        for (String name : List.of("node-1", "node-2")) {
            Path folder = Files.createDirectories(dir.resolve(name));
            Files.writeString(folder.resolve("ProGet.config"), "<InedoAppConfig>\n  <WebServer Urls=\"http://*:8624\" />\n"
                    + "</InedoAppConfig>\n");
            ClusterNode node = new ClusterNode(name, name + ".corp", NodeAccess.WINDOWS_SMB, null);
            node.setLocalConfigFolder(folder.toString());
            profile.getNodes().add(node);
        }
        secrets.put(profile.getId(), SecretRef.DATABASE_PASSWORD, Secret.of(EmbeddedPostgresServer.OWNER_PASSWORD));
    }

    private void database(String name) {
        database(EmbeddedPostgresServer.port(), name);
    }

    private void database(int port, String name) {
        profile.getDatabase().setKind(DatabaseKind.POSTGRESQL);
        profile.getDatabase().setConnectionString("Host=localhost;Port=" + port + ";Database=" + name + ";Username="
                + EmbeddedPostgresServer.OWNER);
    }

    private KeySurvey survey(Optional<Boolean> stated) throws InterruptedException {
        return new KeyWorkflow(profile, secrets, DEADLINE).survey(stated);
    }

    private KeyPlan plan(KeySurvey survey, KeyRequest request) {
        return KeyService.forProfile(profile, secrets, DEADLINE).plan(survey, request);
    }

    private static CheckResult decision(KeyPlan plan) {
        return plan.results().stream().filter(r -> r.id().value().equals("key.decision")).findFirst().orElseThrow();
    }

    @Test
    void anInstalledDatabaseIsAskedAndItsKeyIsNeverReplacedUnconfirmed() throws Exception {
        database("installed");

        KeySurvey survey = survey(Optional.empty());
        KeyPlan plan = plan(survey, KeyRequest.adoptExisting().generating(""));

        assertThat(survey.installation().source()).isEqualTo(Source.DATABASE);
        assertThat(survey.installation().existing()).isTrue();
        assertThat(survey.databaseResults()).extracting(r -> r.id().value()).contains("db.parse", "db.login", "db.installation");
        assertThat(survey.inspection().results()).extracting(CheckResult::target).containsExactly("node-1", "node-2");
        assertThat(plan.decision()).isEqualTo(Decision.REFUSED);
        assertThat(decision(plan).summary()).contains("The database holds an existing installation");
        assertThat(decision(plan).detail()).startsWith("Installation: db.installation: the database holds an existing "
                + "installation (3 schema scripts, latest 2025.9/0003-Retention.sql)");
        assertThat(decision(plan).evidence()).containsEntry("installationSource", "DATABASE");
    }

    @Test
    void anEmptyDatabaseLetsAFreshClusterHaveANewKeyWithoutAsking() throws Exception {
        database("proget");

        KeyPlan plan = plan(survey(Optional.empty()), KeyRequest.adoptExisting());

        assertThat(plan.decision()).isEqualTo(Decision.GENERATE);
        assertThat(plan.installation().basis()).isEqualTo("db.installation: the database holds no installation yet");
        assertThat(decision(plan).status()).isEqualTo(Status.PASS);
    }

    @Test
    void aStatementCannotOverruleTheDatabase() throws Exception {
        database("installed");

        KeyPlan plan = plan(survey(Optional.of(false)), KeyRequest.adoptExisting());

        assertThat(plan.installation().source()).isEqualTo(Source.DATABASE);
        assertThat(plan.decision()).isEqualTo(Decision.REFUSED);
    }

    @Test
    void anUnreachableDatabaseIsAssumedInstalledUnlessTheUserSaysOtherwiseAndThePlanSaysWhy() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        database(closedPort, "proget");

        KeySurvey assumed = survey(Optional.empty());
        assertThat(assumed.installation().source()).isEqualTo(Source.ASSUMED);
        assertThat(assumed.installation().basis()).startsWith("an existing installation is assumed: the database could "
                + "not be asked: db.tcp FAIL");
        assertThat(plan(assumed, KeyRequest.adoptExisting()).decision()).isEqualTo(Decision.REFUSED);

        KeyPlan stated = plan(survey(Optional.of(false)), KeyRequest.adoptExisting());
        assertThat(stated.decision()).isEqualTo(Decision.GENERATE);
        assertThat(decision(stated).detail()).startsWith("Installation: stated by the user: no installation yet "
                + "(the database could not be asked: db.tcp FAIL");
        assertThat(decision(stated).evidence()).containsEntry("installationSource", "STATED");
    }

    @Test
    void withoutAConnectionStringNothingIsProbedAndAnInstallationIsAssumed() throws Exception {
        KeySurvey survey = survey(Optional.empty());

        assertThat(survey.databaseResults()).isEmpty();
        assertThat(survey.installation().basis())
                .isEqualTo("an existing installation is assumed: the profile has no database connection string");
        assertThat(survey.inspection().readings()).extracting(NodeKeyReading::state)
                .containsOnly(NodeKeyReading.State.NONE);
    }
}
