package org.clusterwright.ui;

import javafx.css.PseudoClass;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.clusterwright.profile.ProfileStore;
import org.clusterwright.secrets.InMemorySecretStore;
import org.clusterwright.ui.viewmodel.CheckRunViewModel;
import org.clusterwright.ui.viewmodel.PageId;
import org.clusterwright.ui.viewmodel.WizardModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class StepListTest {
    private OpenWizard wizard;

    @Start
    void start(Stage stage) {
        wizard = OpenWizard.on(stage, new WizardModel(new ProfileStore(), new InMemorySecretStore()),
                CheckRunViewModel.DEFAULT_DEADLINE);
    }

    @Test
    void aClickShowsTheRowsPageAndOnlyThatRowIsSelectedAndATabStop(FxRobot robot) {
        robot.clickOn("#step-storage");
        assertThat(wizard.window().currentPage()).isEqualTo(PageId.STORAGE);
        assertThat(row(robot, PageId.STORAGE).isFocused()).isTrue();
        robot.interact(() -> Screenshots.save(wizard.scene(), "step-list-focused-row"));
        for (PageId page : PageId.values()) {
            StepRow row = row(robot, page);
            assertThat(row.isSelected()).as(page.name()).isEqualTo(page == PageId.STORAGE);
            assertThat(row.isFocusTraversable()).as(page.name()).isEqualTo(page == PageId.STORAGE);
            // the look: wizard.css styles .step:selected
            assertThat(row.getPseudoClassStates().contains(PseudoClass.getPseudoClass("selected"))).as(page.name())
                    .isEqualTo(page == PageId.STORAGE);
        }
    }

    @Test
    void eachStepRowShowsItsStateInWordsAndSaysItToAssistiveTechnology(FxRobot robot) {
        StepRow database = row(robot, PageId.DATABASE);
        String state = wizard.model().stateProperty(PageId.DATABASE.step().orElseThrow()).getValue().label();
        assertThat(database.getChildrenUnmodifiable()).extracting(node -> ((Text) node).getText())
                .containsExactly(PageId.DATABASE.title(), state);
        assertThat(database.getAccessibleRole()).isEqualTo(AccessibleRole.TOGGLE_BUTTON);
        assertThat(database.getAccessibleText()).isEqualTo(PageId.DATABASE.title() + ", " + state);
        assertThat(row(robot, PageId.WELCOME).getChildrenUnmodifiable()).hasSize(1);
    }

    @Test
    void assistiveTechnologyReadsTheSelectionAndCanPressARow(FxRobot robot) {
        assertThat(row(robot, PageId.WELCOME).queryAccessibleAttribute(AccessibleAttribute.SELECTED)).isEqualTo(true);
        assertThat(row(robot, PageId.VERIFY).queryAccessibleAttribute(AccessibleAttribute.SELECTED)).isEqualTo(false);
        robot.interact(() -> row(robot, PageId.VERIFY).executeAccessibleAction(AccessibleAction.FIRE));
        assertThat(wizard.window().currentPage()).isEqualTo(PageId.VERIFY);
        assertThat(row(robot, PageId.VERIFY).queryAccessibleAttribute(AccessibleAttribute.SELECTED)).isEqualTo(true);
    }

    @Test
    void tabLeavesTheListFromTheSelectedRowAndShiftTabComesBackToIt(FxRobot robot) {
        robot.clickOn("#step-database");
        robot.type(KeyCode.TAB);
        Node next = wizard.scene().getFocusOwner();
        assertThat(next).isNotNull().isNotInstanceOf(StepRow.class);
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(wizard.scene().getFocusOwner()).isSameAs(row(robot, PageId.DATABASE));
    }

    @Test
    void theArrowKeysHomeAndEndMoveBetweenPagesAndTakeTheFocusAlong(FxRobot robot) {
        robot.clickOn("#step-welcome");
        robot.type(KeyCode.DOWN, KeyCode.DOWN);
        assertThat(wizard.window().currentPage()).isEqualTo(PageId.ENCRYPTION_KEY);
        assertThat(row(robot, PageId.ENCRYPTION_KEY).isFocused()).isTrue();
        robot.type(KeyCode.END);
        assertThat(wizard.window().currentPage()).isEqualTo(PageId.REPORT);
        robot.type(KeyCode.UP);
        assertThat(wizard.window().currentPage()).isEqualTo(PageId.VERIFY);
        robot.type(KeyCode.HOME);
        assertThat(wizard.window().currentPage()).isEqualTo(PageId.WELCOME);
        assertThat(Arrays.stream(PageId.values()).map(page -> row(robot, page)).filter(Node::isFocused)).hasSize(1);
    }

    private static StepRow row(FxRobot robot, PageId page) {
        return robot.lookup("#step-" + page.name().toLowerCase().replace('_', '-')).queryAs(StepRow.class);
    }
}
