package org.clusterwright.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Status;
import org.clusterwright.database.tds.KerberosAcceptor;
import org.clusterwright.database.tds.TdsResponder;
import org.clusterwright.database.tds.WindowsLogins;
import org.clusterwright.engine.Step;
import org.clusterwright.profile.DatabaseKind;
import org.clusterwright.profile.ProfileStore;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.secrets.InMemorySecretStore;
import org.clusterwright.testing.DomainController;
import org.clusterwright.testing.TestDomain;
import org.clusterwright.ui.viewmodel.PageId;
import org.clusterwright.ui.viewmodel.WizardModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Step 1 with an Integrated Security connection string: the service-account fields appear, the test logs in as
 * that account with Kerberos against the test domain, and the results grid names the identity it used.
 */
@ExtendWith({TestDomain.class, ApplicationExtension.class})
class IntegratedSecurityInWizardTest {
    static DomainController dc;
    static TdsResponder server;

    private WizardModel model;
    private WizardWindow window;
    private Scene scene;

    @BeforeAll
    static void sqlServer(DomainController controller) throws Exception {
        dc = controller;
        int port = TdsResponder.unusedPort();
        String spn = dc.registerSqlServer("127.0.0.1", port);
        Path keytab = dc.exportKeytab(dc.sqlServerAccount());
        server = TdsResponder.builder().port(port).database("ProGet")
                .windowsLogins(WindowsLogins.of(DomainController.NETBIOS_DOMAIN, "cw.test")
                        .kerberos(KerberosAcceptor.Keys.fromKeytab(keytab.toFile(), dc.sqlServerAccount().principal(),
                                spn + "@" + DomainController.REALM))).start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Start
    void start(Stage stage) {
        model = new WizardModel(new ProfileStore(), new InMemorySecretStore());
        OpenWizard wizard = OpenWizard.on(stage, model, Duration.ofSeconds(15));
        window = wizard.window();
        scene = wizard.scene();
    }

    @Test
    void theServiceAccountFieldsAppearAndTheGridShowsTheIdentityUsed(FxRobot robot) throws Exception {
        robot.interact(() -> window.show(PageId.DATABASE));
        Node fields = robot.lookup("#service-account-fields").query();
        assertThat(fields.isVisible()).as("hidden for a connection string without Integrated Security").isFalse();

        robot.interact(() -> robot.lookup("#database-kind").<javafx.scene.control.ComboBox<DatabaseKind>>query()
                .setValue(DatabaseKind.SQL_SERVER));
        robot.interact(() -> robot.lookup("#connection-string").queryTextInputControl().requestFocus());
        robot.clickOn("#connection-string").write("Server=127.0.0.1," + server.port()
                + ";Database=ProGet;Integrated Security=True;Encrypt=False");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fields.isVisible()).isTrue();

        UiActions.focusAndClick(robot, "#service-account").write(dc.serviceAccount().principal());
        UiActions.focusAndClick(robot, "#service-account-password").write(dc.serviceAccount().password());
        robot.clickOn("#run-checks");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> !model.runningProperty(Step.DATABASE).get() && !model.results(Step.DATABASE).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        CheckResult login = model.results(Step.DATABASE).stream()
                .filter(r -> r.id().value().equals("db.login")).findFirst().orElseThrow();
        assertThat(login.status()).as(login.summary() + " " + login.detail()).isEqualTo(Status.PASS);
        @SuppressWarnings("unchecked")
        TableView<CheckResult> grid = robot.lookup("#results").queryAs(TableView.class);
        robot.interact(() -> grid.getSelectionModel().select(login));
        assertThat(robot.lookup("#result-detail").queryTextInputControl().getText())
                .contains("CW\\svc-proget").contains("Kerberos").contains("MSSQLSvc/127.0.0.1:" + server.port());
        assertThat(model.profile().getDatabase().getServiceAccount()).isEqualTo(dc.serviceAccount().principal());
        assertThat(model.profile().getDatabase().getServiceAccountPassword())
                .isEqualTo(SecretRef.SERVICE_ACCOUNT_PASSWORD);
        robot.interact(() -> Screenshots.save(scene, "1-database-integrated-security"));
    }
}
