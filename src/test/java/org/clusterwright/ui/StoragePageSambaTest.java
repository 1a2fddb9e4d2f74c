package org.clusterwright.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Status;
import org.clusterwright.engine.Step;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.StarterProfiles;
import org.clusterwright.secrets.InMemorySecretStore;
import org.clusterwright.testing.FakeProGet;
import org.clusterwright.testing.SambaServer;
import org.clusterwright.ui.viewmodel.PageId;
import org.clusterwright.ui.viewmodel.WizardModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterwright.ui.UiActions.applyAtSummary;
import static org.clusterwright.ui.UiActions.focusAndClick;
import static org.clusterwright.ui.UiActions.label;

/**
 * The Shared storage page against a real Samba share and a loopback server answering as ProGet's settings API:
 * the probe finds the folder missing, the page creates it as the service account and probes again, the figures are
 * shown, and the path is set in ProGet and read back. Neither password nor API key shows anywhere.
 */
@ExtendWith(ApplicationExtension.class)
class StoragePageSambaTest {
    private static final String API_KEY = "Pg-Api-Key-77812";

    @TempDir
    static Path dir;
    static Path packages;
    static SambaServer samba;
    static FakeProGet proget;

    private WizardModel model;
    private Scene scene;

    @BeforeAll
    static void startServers() throws Exception {
        packages = Files.createDirectories(dir.resolve("packages"));
        samba = SambaServer.builder(dir.resolve("samba")).share("packages", packages).start();
        proget = FakeProGet.start(API_KEY);
    }

    @AfterAll
    static void stopServers() {
        if (samba != null) {
            samba.close();
        }
        if (proget != null) {
            proget.close();
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        Profile profile = StarterProfiles.create(Product.PROGET, "Storage page");
        for (ClusterNode node : profile.getNodes()) {
            node.setBaseUrl(proget.base().toString());
        }
        profile.getStorage().setPath("\\\\127.0.0.1\\packages\\proget\\feeds");
        profile.getStorage().setAccount(samba.user());
        profile.getStorage().setSmbPort(samba.port());
        profile.getStorage().setProbeSizeMiB(1);
        OpenWizard wizard = OpenWizard.onPage(stage, PageId.STORAGE, profile, dir.resolve("storage.json"),
                new InMemorySecretStore(), Duration.ofSeconds(15));
        model = wizard.model();
        scene = wizard.scene();
    }

    @Test
    void aMissingFolderIsCreatedProbedAndHandedToProGet(FxRobot robot) throws Exception {
        focusAndClick(robot, "#storage-password").write(samba.password());
        focusAndClick(robot, "#run-checks");
        waitForProbe();
        assertThat(result("storage.folder").status()).isEqualTo(Status.FAIL);
        Button create = robot.lookup("#create-folder").queryAs(Button.class);
        assertThat(create.isVisible()).isTrue();
        assertThat(create.getText()).contains("proget\\feeds");

        focusAndClick(robot, "#create-folder");
        // the first probe's results stay until the second probe replaces them: wait for the folder to pass
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.runningProperty(Step.STORAGE).get()
                && results().anyMatch(r -> r.id().value().equals("storage.folder") && r.status() == Status.PASS));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(packages.resolve("proget/feeds")).isDirectory();
        assertThat(label(robot, "#storage-status")).startsWith("Created");
        assertThat(result("storage.folder").status()).isEqualTo(Status.PASS);
        assertThat(result("storage.write").status()).isEqualTo(Status.PASS);
        assertThat(create.isVisible()).isFalse();
        assertThat(label(robot, "#storage-figures")).contains("SMB 3.1.1").contains("GiB free").contains("MiB/s");
        try (Stream<Path> left = Files.walk(packages)) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }

        focusAndClick(robot, "#proget-api-key").write(API_KEY);
        focusAndClick(robot, "#apply-storage");
        applyAtSummary(robot);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> results().anyMatch(r -> r.id().value().equals("storage.apply")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(proget.settings()).containsEntry("Storage.PackagesRootPath", "\\\\127.0.0.1\\packages\\proget\\feeds");
        assertThat(result("storage.apply").status()).isEqualTo(Status.PASS);
        assertThat(result("storage.feeds").status()).isEqualTo(Status.WARN);
        assertThat(result("storage.feeds").summary()).contains("docker (D:\\docker)");
        robot.interact(() -> Screenshots.save(scene, "3-shared-storage-probed"));

        List<String> secrets = List.of(samba.password(), API_KEY);
        results().forEach(r -> assertThat(r.summary() + r.detail() + r.remedy() + r.evidence()).doesNotContain(secrets));
        assertThat(label(robot, "#storage-status")).doesNotContain(secrets);
        Path saved = dir.resolve("saved.json");
        robot.interact(() -> {
            try {
                model.save(saved);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(Files.readString(saved)).doesNotContain(secrets);
    }

    private void waitForProbe() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !model.runningProperty(Step.STORAGE).get() && results().findAny().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Stream<CheckResult> results() {
        return List.copyOf(model.results(Step.STORAGE)).stream();
    }

    private CheckResult result(String id) {
        return results().filter(r -> r.id().value().equals(id)).findFirst().orElseThrow(
                () -> new AssertionError("no " + id + " in " + results().map(r -> r.id().value()).toList()));
    }
}
