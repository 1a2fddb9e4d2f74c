package org.clusterwright.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Status;
import org.clusterwright.database.EmbeddedPostgresServer;
import org.clusterwright.engine.Step;
import org.clusterwright.keys.EncryptionKeys;
import org.clusterwright.keys.SambaCluster;
import org.clusterwright.nodes.NodeConfigFolders;
import org.clusterwright.profile.DatabaseKind;
import org.clusterwright.profile.ProfileStore;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.secrets.Secret;
import org.clusterwright.ui.viewmodel.KeyMatrixRow;
import org.clusterwright.ui.viewmodel.PageId;
import org.clusterwright.ui.viewmodel.WizardModel;
import org.clusterwright.ui.widgets.TimedClipboard;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterwright.ui.UiActions.applyAtSummary;
import static org.clusterwright.ui.UiActions.focusAndClick;
import static org.clusterwright.ui.UiActions.label;

/**
 * The Encryption key page against three real SMB servers: node-2's key differs from the other two. The page reads
 * them, names the odd one, adopts the common key, writes it (with step 1's connection string) to every node with
 * backups, proves the result by reading again, and restores the backups; no key or password shows anywhere but
 * behind Reveal.
 */
@ExtendWith(ApplicationExtension.class)
class EncryptionKeyPageSambaTest {
    /** The shared database is a real PostgreSQL: the key step hands its string out once db.login proved it. */
    private static final String DB_PASSWORD = EmbeddedPostgresServer.OWNER_PASSWORD;

    @TempDir
    static Path dir;
    static SambaCluster cluster;

    private WizardModel model;
    private WizardWindow window;
    private Scene scene;

    @BeforeAll
    static void startServers() throws Exception {
        cluster = SambaCluster.start(dir.resolve("samba"));
    }

    @AfterAll
    static void stopServers() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        cluster.reset();
        cluster.twoMatchingOneDifferent();
        cluster.profile.getDatabase().setKind(DatabaseKind.POSTGRESQL);
        cluster.profile.getDatabase().setConnectionString("Server=127.0.0.1;Port=" + EmbeddedPostgresServer.port()
                + ";Database=postgres;User Id=" + EmbeddedPostgresServer.OWNER);
        cluster.secrets.put(cluster.profile.getId(), SecretRef.DATABASE_PASSWORD, Secret.of(DB_PASSWORD));
        Path file = dir.resolve("samba-cluster.json");
        new ProfileStore().save(cluster.profile, file);
        model = new WizardModel(new ProfileStore(), cluster.secrets);
        model.open(file);
        OpenWizard wizard = OpenWizard.on(stage, model, Duration.ofSeconds(15));
        window = wizard.window();
        scene = wizard.scene();
    }

    @Test
    void readFindTheOddNodeAdoptApplyAndRestore(FxRobot robot) throws Exception {
        List<byte[]> original = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            original.add(Files.readAllBytes(cluster.config(i)));
        }
        // node-3's password is typed into the node editor, as an administrator would
        String node3Password = cluster.servers.get(2).password();
        SecretRef node3Ref = NodeConfigFolders.passwordRef(cluster.node(2));
        cluster.secrets.remove(model.profile().getId(), node3Ref);
        robot.interact(() -> window.show(PageId.DATABASE));
        @SuppressWarnings("unchecked")
        TableView<Object> nodes = robot.lookup("#nodes").queryAs(TableView.class);
        robot.interact(() -> nodes.getSelectionModel().select(2));
        focusAndClick(robot, "#node-password").write(node3Password);
        assertThat(model.secrets().get(model.profile().getId(), model.profile().getNodes().get(2).getAccessPassword()))
                .hasValueSatisfying(secret -> assertThat(secret.reveal()).isEqualTo(node3Password));

        robot.interact(() -> window.show(PageId.ENCRYPTION_KEY));
        focusAndClick(robot, "#run-checks");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.runningProperty(Step.ENCRYPTION_KEY).get()
                && results("key.decision").findAny().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        String fingerprintA = EncryptionKeys.fingerprint(Secret.of(SambaCluster.KEY_A));
        assertThat(results("key.read").map(CheckResult::status)).containsOnly(Status.PASS).hasSize(3);
        CheckResult consistent = results("key.consistent").findFirst().orElseThrow();
        assertThat(consistent.status()).isEqualTo(Status.FAIL);
        assertThat(consistent.summary()).contains("node-2 differs");
        @SuppressWarnings("unchecked")
        TableView<KeyMatrixRow> matrix = robot.lookup("#key-matrix").queryAs(TableView.class);
        assertThat(matrix.getItems()).extracting(KeyMatrixRow::node, KeyMatrixRow::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple("node-1", "Has the cluster's key"),
                org.assertj.core.groups.Tuple.tuple("node-2", "Different key"),
                org.assertj.core.groups.Tuple.tuple("node-3", "Has the cluster's key"));
        assertThat(label(robot, "#key-fingerprint")).contains(fingerprintA).contains("adopted from node-1");
        assertThat(model.profile().getEncryptionKey().getFingerprint()).isEqualTo(fingerprintA);
        assertThat(label(robot, "#distribute-note")).contains("Password=" + Secret.MASK).doesNotContain(DB_PASSWORD);

        robot.interact(() -> matrix.getSelectionModel().select(1));
        String diff = robot.lookup("#key-diff").queryAs(TextArea.class).getText();
        assertThat(diff).contains("-  <EncryptionKey>[key").contains("+  <EncryptionKey>[key " + fingerprintA)
                .doesNotContain(SambaCluster.KEY_A, SambaCluster.KEY_B, DB_PASSWORD, SambaCluster.SQL_PASSWORD);
        robot.interact(() -> Screenshots.save(scene, "2-encryption-key-mismatch"));

        // a new key over keys in use needs the typed confirmation: a wrong one is refused and nothing can be applied
        focusAndClick(robot, "#generate-key");
        focusAndClick(robot, "#generate-confirmation").write("yes please");
        robot.interact(() -> Screenshots.save(robot.lookup("#generate-confirmation").query().getScene(),
                "2-encryption-key-confirm-new-key"));
        robot.clickOn("Generate");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(results("key.decision").findFirst().orElseThrow().status()).isEqualTo(Status.FAIL);
        assertThat(robot.lookup("#apply-key").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(model.profile().getEncryptionKey().getFingerprint()).isEqualTo(fingerprintA);

        // adopt node-1's key explicitly, then look at it behind Reveal and copy it
        robot.interact(() -> matrix.getSelectionModel().select(0));
        focusAndClick(robot, "#adopt-selected");
        assertThat(results("key.decision").findFirst().orElseThrow().status()).isEqualTo(Status.PASS);
        TextField revealed = robot.lookup("#revealed-key").queryAs(TextField.class);
        assertThat(revealed.isVisible()).isFalse();
        focusAndClick(robot, "#reveal-key");
        assertThat(revealed.isVisible()).isTrue();
        assertThat(revealed.getText()).isEqualTo(SambaCluster.KEY_A);
        focusAndClick(robot, "#reveal-key");
        assertThat(revealed.isVisible()).isFalse();
        assertThat(revealed.getText()).isEmpty();
        focusAndClick(robot, "#copy-key");
        assertThat(clipboardText()).isEqualTo(SambaCluster.KEY_A);
        assertThat(label(robot, "#clipboard-note")).contains("emptied in 30 seconds");

        focusAndClick(robot, "#apply-key");
        applyAtSummary(robot);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> label(robot, "#key-status").startsWith("Applied"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(results("key.apply").map(r -> r.target() + " " + r.status()))
                .containsExactly("node-1 PASS", "node-2 PASS", "node-3 PASS");
        assertThat(results("key.consistent").findFirst().orElseThrow().status()).isEqualTo(Status.PASS);
        assertThat(label(robot, "#key-status")).contains("3 written, 0 failed").contains("All 3 nodes use the key " + fingerprintA);
        for (int i = 0; i < 3; i++) {
            String written = new String(Files.readAllBytes(cluster.config(i)), StandardCharsets.UTF_8);
            assertThat(written).contains("<EncryptionKey>" + SambaCluster.KEY_A + "</EncryptionKey>")
                    .contains("Password=" + DB_PASSWORD);
            try (Stream<Path> files = Files.list(cluster.folders.get(i))) {
                assertThat(files.map(p -> p.getFileName().toString())).anyMatch(name -> name.startsWith("ProGet.config.")
                        && name.endsWith(".bak"));
            }
        }
        assertThat(matrix.getItems()).extracting(KeyMatrixRow::state).containsOnly("Has the cluster's key");
        robot.interact(() -> Screenshots.save(scene, "2-encryption-key-applied"));

        focusAndClick(robot, "#restore-key");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> label(robot, "#key-status").startsWith("Restored"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(results("key.restore").map(CheckResult::status)).containsOnly(Status.PASS).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(Files.readAllBytes(cluster.config(i))).isEqualTo(original.get(i));
        }
        assertThat(results("key.consistent").findFirst().orElseThrow().status()).isEqualTo(Status.FAIL);

        // nothing the step shows or saves holds a key or a password
        List<String> secrets = List.of(SambaCluster.KEY_A, SambaCluster.KEY_B, SambaCluster.KEY_B.toLowerCase(),
                DB_PASSWORD, SambaCluster.SQL_PASSWORD, SambaCluster.PG_PASSWORD, node3Password);
        for (CheckResult result : model.results(Step.ENCRYPTION_KEY)) {
            assertThat(result.summary() + result.detail() + result.remedy() + result.evidence())
                    .doesNotContain(secrets);
        }
        assertThat(label(robot, "#key-status")).doesNotContain(secrets);
        Path saved = dir.resolve("saved.json");
        robot.interact(() -> {
            try {
                model.save(saved);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(Files.readString(saved)).doesNotContain(secrets).contains(fingerprintA);
    }

    @Test
    void theClipboardIsEmptiedAfterItsTimeUnlessSomethingElseWasCopied(FxRobot robot) throws Exception {
        TimedClipboard clipboard = new TimedClipboard(javafx.util.Duration.millis(300));
        robot.interact(() -> clipboard.copy("secret-one"));
        assertThat(clipboardText()).isEqualTo("secret-one");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> clipboardText() == null);

        robot.interact(() -> clipboard.copy("secret-two"));
        robot.interact(() -> {
            javafx.scene.input.ClipboardContent other = new javafx.scene.input.ClipboardContent();
            other.putString("copied by the user meanwhile");
            Clipboard.getSystemClipboard().setContent(other);
        });
        Thread.sleep(900);
        assertThat(clipboardText()).isEqualTo("copied by the user meanwhile");
    }

    private static String clipboardText() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(5, TimeUnit.SECONDS);
    }

    private Stream<CheckResult> results(String id) {
        return model.results(Step.ENCRYPTION_KEY).stream().filter(r -> r.id().value().equals(id));
    }
}
