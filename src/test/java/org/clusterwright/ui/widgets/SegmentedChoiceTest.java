package org.clusterwright.ui.widgets;

import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class SegmentedChoiceTest {
    private final List<String> picked = new ArrayList<>();
    private SegmentedChoice<String> choice;

    @Start
    void start(Stage stage) {
        choice = new SegmentedChoice<>("colour", List.of("Red", "Green", "Light blue"));
        choice.setValue("Green");
        choice.valueProperty().addListener((obs, was, now) -> picked.add(now));
        stage.setScene(new Scene(new VBox(new TextField(), choice), 400, 100));
        stage.show();
    }

    @Test
    void theValueSetShowsAsThePickedButtonAndEachButtonIsNamedAfterItsValue(FxRobot robot) {
        assertThat(button(robot, "#colour-green").isSelected()).isTrue();
        assertThat(button(robot, "#colour-red").isSelected()).isFalse();
        assertThat(button(robot, "#colour-light-blue").getStyleClass()).contains("right-pill");
        robot.interact(() -> choice.setValue("Red"));
        assertThat(button(robot, "#colour-red").isSelected()).isTrue();
        assertThat(button(robot, "#colour-green").isSelected()).isFalse();
    }

    @Test
    void aClickPicksAValueAndAClickOnThePickedOneKeepsIt(FxRobot robot) {
        robot.clickOn("#colour-light-blue");
        assertThat(choice.getValue()).isEqualTo("Light blue");
        robot.clickOn("#colour-light-blue");
        assertThat(choice.getValue()).isEqualTo("Light blue");
        assertThat(button(robot, "#colour-light-blue").isSelected()).isTrue();
        assertThat(picked).containsExactly("Light blue");
    }

    @Test
    void focusLandsOnThePickedButtonAndTheKeyboardPicksAnother(FxRobot robot) {
        robot.interact(choice::requestFocus);
        assertThat(button(robot, "#colour-green").isFocused()).isTrue();
        robot.type(KeyCode.RIGHT).type(KeyCode.SPACE);
        assertThat(choice.getValue()).isEqualTo("Light blue");
    }

    private static ToggleButton button(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ToggleButton.class);
    }
}
