package org.clusterwright.ui;

import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Status;
import org.clusterwright.cluster.lb.LbConfigKind;
import org.clusterwright.cluster.verify.NodeRow;
import org.clusterwright.engine.Step;
import org.clusterwright.keys.EncryptionKeys;
import org.clusterwright.profile.ProfileProblem;
import org.clusterwright.secrets.InMemorySecretStore;
import org.clusterwright.secrets.Secret;
import org.clusterwright.testing.NginxCluster;
import org.clusterwright.testing.NginxServer;
import org.clusterwright.testing.SimulatedNode;
import org.clusterwright.ui.viewmodel.PageId;
import org.clusterwright.ui.viewmodel.WizardModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterwright.ui.UiActions.focusAndClick;
import static org.clusterwright.ui.UiActions.label;

/**
 * The Verify page on a simulated three-node ProGet cluster behind a real nginx started with the generated config:
 * a healthy cluster first (every node healthy, one version, one key, requests spread over all three), then the
 * faults a person must see named: an odd version, an odd key, a node whose service is down, a node switched off.
 */
@ExtendWith(ApplicationExtension.class)
class VerifyPageNginxTest {
    private static final String OTHER_KEY = "99887766554433221100ffeeddccbbaa";

    @TempDir
    static Path dir;
    static NginxCluster cluster;

    private WizardModel model;
    private WizardWindow window;
    private Scene scene;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = NginxCluster.start(dir);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @AfterEach
    void heal() throws Exception {
        cluster.heal();
    }

    @Start
    void start(Stage stage) throws Exception {
        OpenWizard wizard = OpenWizard.onPage(stage, PageId.VERIFY, cluster.profile(), dir.resolve("verify.json"),
                new InMemorySecretStore(), Duration.ofSeconds(5));
        model = wizard.model();
        window = wizard.window();
        scene = wizard.scene();
    }

    @Test
    void aHealthyClusterShowsEveryNodeAndTheSpreadThenTheFaultsAreNamed(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#run-checks").queryAs(Button.class).getText()).isEqualTo("_Verify");
        verify(robot);
        robot.interact(() -> Screenshots.save(scene, "5-verify-healthy"));
        robot.interact(() -> scrollToBottom(robot));
        robot.interact(() -> Screenshots.save(scene, "5-verify-healthy-balancer"));

        assertThat(rows(robot)).extracting(NodeRow::target).containsExactly("a", "b", "c");
        assertThat(rows(robot)).allSatisfy(row -> {
            assertThat(row.health()).isEqualTo(NodeRow.Health.HEALTHY);
            assertThat(row.version()).isEqualTo(NginxCluster.VERSION);
            assertThat(row.keyFingerprint()).isEqualTo(EncryptionKeys.fingerprint(Secret.of(NginxCluster.KEY)));
        });
        assertThat(result("verify.version").status()).isEqualTo(Status.PASS);
        assertThat(result("verify.key").status()).isEqualTo(Status.PASS);
        CheckResult balancer = result("verify.balancer");
        assertThat(balancer.status()).as(balancer.summary() + "\n" + cluster.errorLog()).isEqualTo(Status.PASS);
        List<XYChart.Data<String, Number>> bars = bars(robot);
        assertThat(bars).extracting(XYChart.Data::getXValue).allSatisfy(x -> assertThat(x).matches("[abc]: \\d+"));
        assertThat(bars).hasSize(3).allSatisfy(bar -> assertThat(bar.getYValue().intValue()).isPositive());
        String requests = balancer.evidence().get("requests");
        assertThat(bars.stream().mapToInt(bar -> bar.getYValue().intValue()).sum()).isEqualTo(Integer.parseInt(requests));
        assertThat(label(robot, "#balancer-figures")).contains(requests + " of " + requests + " requests")
                .contains("X-Served-By").contains("p95");
        assertThat(robot.lookup("#run-checks").queryAs(Button.class).getText()).isEqualTo("Re-_run the verification");

        cluster.node("c").version("25.0.20");
        cluster.writeKey("b", OTHER_KEY);
        cluster.node("a").serviceDown(true);
        focusAndClick(robot, "#run-checks");
        verifyDone();
        robot.interact(() -> Screenshots.save(scene, "5-verify-faults"));
        robot.interact(() -> scrollToBottom(robot));
        robot.interact(() -> Screenshots.save(scene, "5-verify-faults-balancer"));

        assertThat(result("verify.version").status()).isEqualTo(Status.FAIL);
        assertThat(result("verify.version").summary()).contains("c");
        assertThat(result("verify.key").status()).isEqualTo(Status.FAIL);
        assertThat(result("verify.key").summary()).startsWith("b uses another key");
        CheckResult aHealth = results().stream().filter(r -> r.id().value().equals("verify.health") && r.target().equals("a"))
                .findFirst().orElseThrow();
        assertThat(aHealth.status()).isEqualTo(Status.FAIL);
        assertThat(aHealth.remedy()).isNotBlank();
        assertThat(rows(robot).get(0).health()).isEqualTo(NodeRow.Health.UNHEALTHY);
        assertThat(cellText(robot, "c", "Version")).isEqualTo("\u26A0 25.0.20 (differs)");
        assertThat(cellText(robot, "b", "Key")).endsWith("(differs)").doesNotContain(OTHER_KEY);
        assertThat(cellText(robot, "a", "Health")).isEqualTo("\u2716 unhealthy");
        assertThat(result("verify.balancer").status()).isEqualTo(Status.FAIL);
    }

    @Test
    void aNodeSwitchedOffIsShownWithoutAnAnswerAndNeverServesThroughTheBalancer(FxRobot robot) throws Exception {
        SimulatedNode stopped = new SimulatedNode("spare", SimulatedNode.Format.PROGET_2025);
        stopped.stop();
        int balancerPort = NginxServer.freePort();
        robot.interact(() -> {
            model.profile().getNodes().get(1).setBaseUrl(stopped.baseUrl());
            model.profile().getLoadBalancer().setUrl("http://127.0.0.1:" + balancerPort + "/");
            model.edited(ProfileProblem.Section.NODES);
            model.edited(ProfileProblem.Section.LOAD_BALANCER);
        });
        // b is switched off behind its balancer too: an nginx of its own, with the config generated for this profile
        try (NginxServer balancer = NginxServer.start(Files.createDirectories(dir.resolve("nginx-b-off")),
                LbConfigKind.NGINX.generate(model.profile()), balancerPort)) {
            verify(robot);
            robot.interact(() -> Screenshots.save(scene, "5-verify-node-off"));

            assertThat(rows(robot).get(1).health()).isEqualTo(NodeRow.Health.UNREACHABLE);
            assertThat(cellText(robot, "b", "Health")).isEqualTo("\u2716 no answer");
            assertThat(rows(robot).get(1).problem()).isNotBlank();
            CheckResult bHealth = results().stream().filter(r -> r.id().value().equals("verify.health")
                    && r.target().equals("b")).findFirst().orElseThrow();
            assertThat(bHealth.status()).isEqualTo(Status.FAIL);

            // what the balancer served: every request answered, by a and c alone, and b named for it
            CheckResult served = result("verify.balancer");
            String requests = served.evidence().get("requests");
            assertThat(served.evidence()).as(served.summary() + "\n" + balancer.errorLog())
                    .containsEntry("succeeded", requests).containsKey("distribution");
            assertThat(served.evidence().get("distribution")).matches("a=[1-9]\\d*, b=0, c=[1-9]\\d*");
            assertThat(served.status()).isEqualTo(Status.FAIL);
            assertThat(served.summary())
                    .startsWith("b never answered through the balancer in " + requests + " requests");
            assertThat(bars(robot)).extracting(bar -> bar.getXValue() + "=" + bar.getYValue())
                    .contains("b: 0=0").doesNotHaveDuplicates();
        } finally {
            stopped.close();
        }
    }

    @Test
    void theReportOfTheVerifiedClusterIsExportedInEveryFormatBesideTheProfile(FxRobot robot) throws Exception {
        verify(robot);
        robot.interact(() -> window.show(PageId.REPORT));
        @SuppressWarnings("unchecked")
        ListView<String> open = robot.lookup("#open-items").queryAs(ListView.class);
        assertThat(open.getItems()).anySatisfy(item -> assertThat(item).contains("Enable High-Availability"));
        assertThat(robot.lookup("#open-export").queryAs(Button.class).isDisabled()).isTrue();

        for (String format : List.of("md", "html", "json", "pdf")) {
            focusAndClick(robot, "#export-" + format);
            Path file = dir.resolve("verify-report." + format);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> label(robot, "#export-result").contains(file.toString()));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(label(robot, "#export-result")).startsWith("Exported");
            assertThat(file).isNotEmptyFile();
        }
        robot.interact(() -> Screenshots.save(scene, "6-report-exported"));
        assertThat(Files.readString(dir.resolve("verify-report.md"))).contains("verify.balancer").contains("verify.health")
                .contains("[ ]");
        assertThat(Files.readString(dir.resolve("verify-report.html"))).contains("verify.key");
        assertThat(Files.readAllBytes(dir.resolve("verify-report.pdf"))).startsWith("%PDF".getBytes());
        assertThat(Files.readString(dir.resolve("verify-journal.jsonl"))).as("every verify run was recorded")
                .contains("verify.balancer").contains("\"face\":\"wizard\"");
        assertThat(robot.lookup("#open-export").queryAs(Button.class).isDisabled()).isFalse();
    }

    private void verify(FxRobot robot) throws Exception {
        focusAndClick(robot, "#run-checks");
        verifyDone();
    }

    private void verifyDone() throws Exception {
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS,
                () -> !model.runningProperty(Step.VERIFY).get() && !results().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the page's inputs to their end, where the balancer chart is, as a person would to read it. */
    private static void scrollToBottom(FxRobot robot) {
        javafx.scene.Node node = robot.lookup("#balancer-chart").query();
        while (node != null && !(node instanceof javafx.scene.control.ScrollPane)) {
            node = node.getParent();
        }
        ((javafx.scene.control.ScrollPane) node).setVvalue(1);
        node.applyCss();
        ((javafx.scene.control.ScrollPane) node).layout();
    }

    @SuppressWarnings("unchecked")
    private static List<NodeRow> rows(FxRobot robot) {
        return List.copyOf(robot.lookup("#verify-nodes").queryAs(TableView.class).getItems());
    }

    @SuppressWarnings("unchecked")
    private static String cellText(FxRobot robot, String target, String column) {
        TableView<NodeRow> grid = robot.lookup("#verify-nodes").queryAs(TableView.class);
        NodeRow row = grid.getItems().stream().filter(r -> r.target().equals(target)).findFirst().orElseThrow();
        return grid.getColumns().stream().filter(c -> c.getText().equals(column)).findFirst().orElseThrow()
                .getCellData(row).toString();
    }

    @SuppressWarnings("unchecked")
    private static List<XYChart.Data<String, Number>> bars(FxRobot robot) {
        BarChart<String, Number> chart = robot.lookup("#balancer-chart").queryAs(BarChart.class);
        assertThat(chart.isVisible()).isTrue();
        return List.copyOf(chart.getData().get(0).getData());
    }

    private List<CheckResult> results() {
        return List.copyOf(model.results(Step.VERIFY));
    }

    private CheckResult result(String id) {
        return results().stream().filter(r -> r.id().value().equals(id)).findFirst().orElseThrow(
                () -> new AssertionError("no " + id + " in " + results().stream().map(r -> r.id().value()).toList()));
    }
}
