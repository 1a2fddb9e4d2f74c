package org.clusterwright.ui;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Status;
import org.clusterwright.engine.Step;
import org.clusterwright.lab.Lab;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.ProfileStore;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.secrets.InMemorySecretStore;
import org.clusterwright.testing.ProcessEnds;
import org.clusterwright.ui.viewmodel.WizardModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterwright.ui.UiActions.focusAndClick;
import static org.clusterwright.ui.UiActions.label;

/** "Try the demo lab" on the Welcome page: the lab starts, its profile opens, and closing the wizard stops it. */
@ExtendWith(ApplicationExtension.class)
class DemoLabButtonTest {
    private final InMemorySecretStore secrets = new InMemorySecretStore();
    private WizardModel model;
    private WizardWindow window;
    private Scene scene;

    @Start
    void start(Stage stage) {
        model = new WizardModel(new ProfileStore(), secrets);
        OpenWizard wizard = OpenWizard.on(stage, model, Duration.ofSeconds(5));
        window = wizard.window();
        scene = wizard.scene();
    }

    @Test
    void theLabStartsItsProfileOpensAndClosingTheWizardStopsIt(FxRobot robot) throws Exception {
        focusAndClick(robot, "#try-demo-lab");
        assertThat(label(robot, "#demo-lab-status")).startsWith("Starting the demo lab");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> model.fileProperty().get() != null
                && model.fileProperty().get().endsWith("lab-profile.json"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.save(scene, "welcome-demo-lab"));

        assertThat(label(robot, "#demo-lab-status")).startsWith("The demo lab is running");
        assertThat(label(robot, "#sidebar-profile")).startsWith("Demo lab");
        assertThat(model.profile().getNodes()).extracting(ClusterNode::getName).containsExactlyElementsOf(Lab.NODE_NAMES);
        assertThat(secrets.get(model.profile().getId(), SecretRef.DATABASE_PASSWORD)).isPresent();
        Path folder = model.fileProperty().get().getParent();
        long postmaster = Long.parseLong(Files.readAllLines(folder.resolve("database/postmaster.pid")).get(0).strip());
        List<URI> nodes = model.profile().getNodes().stream().map(n -> URI.create(n.getBaseUrl())).toList();
        assertThat(nodes).allMatch(DemoLabButtonTest::accepts);

        // step 1 against the lab, with the password the lab put in the wizard's secret store
        robot.clickOn("#next");
        robot.clickOn("#run-checks");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.runningProperty(Step.DATABASE).get()
                && !model.results(Step.DATABASE).isEmpty());
        robot.interact(() -> Screenshots.save(scene, "database-demo-lab"));
        assertThat(model.results(Step.DATABASE)).filteredOn(r -> r.id().value().equals("db.login"))
                .extracting(CheckResult::status).containsExactly(Status.PASS);

        window.closed();

        assertThat(ProcessHandle.of(postmaster).filter(ProcessEnds::running)).isEmpty();
        assertThat(nodes).noneMatch(DemoLabButtonTest::accepts);
        assertThat(folder).doesNotExist();
        assertThat(secrets.get(model.profile().getId(), SecretRef.DATABASE_PASSWORD)).isEmpty();
    }

    private static boolean accepts(URI node) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(node.getHost(), node.getPort()), 500);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
