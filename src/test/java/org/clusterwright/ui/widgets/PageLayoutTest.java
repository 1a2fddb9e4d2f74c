package org.clusterwright.ui.widgets;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.clusterwright.ui.WizardWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class PageLayoutTest {
    private static final String LONG_NOTE = "A note long enough to need more than one line in a window four hundred"
            + " pixels wide, so that it shows whether the text wraps or is cut off with an ellipsis.";

    private WrappedText live;
    private ScrollPane page;

    @Start
    void start(Stage stage) {
        live = PageLayout.liveNote();
        live.setId("live");
        page = (ScrollPane) PageLayout.of("Title", "What this page is for.", PageLayout.section("Section"),
                PageLayout.note(LONG_NOTE), live);
        Scene scene = new Scene(page, 400, 300);
        scene.getStylesheets().add(WizardWindow.class.getResource("wizard.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void everyTextIsTextInItsStyle(FxRobot robot) {
        Text title = robot.lookup(".page-title").queryAs(Text.class);
        assertThat(title.getText()).isEqualTo("Title");
        // wizard.css colours Text by -fx-fill; a rule left on -fx-text-fill would leave it black
        assertThat(title.getFill()).isEqualTo(Color.web("#1c2733"));
        assertThat(title.getFont().getSize()).isEqualTo(20);
        assertThat(robot.lookup(".section-title").queryAs(Text.class).getFill()).isEqualTo(Color.web("#1f5f99"));
        assertThat(robot.lookup(".note").queryAllAs(Text.class)).extracting(Text::getFill)
                .containsOnly(Color.web("#4a5563"));
        assertThat(robot.lookup(".page-intro").queryAs(Text.class).getParent()).isInstanceOf(TextFlow.class);
        assertThat(robot.lookup(".section-title").queryAs(Text.class).getText()).isEqualTo("Section");
        assertThat(VBox.getMargin(robot.lookup(".section-title").query()).getTop()).isPositive();
        assertThat(robot.lookup(".note").queryAllAs(Text.class)).hasSize(2)
                .extracting(Text::getText).contains(LONG_NOTE);
        assertThat(robot.lookup(".note").queryAllAs(Text.class)).filteredOn(text -> text.getParent() == live)
                .hasSize(1);
    }

    @Test
    void aLongNoteWrapsWithinThePageWidth(FxRobot robot) {
        Text note = robot.lookup(".note").match((Text text) -> LONG_NOTE.equals(text.getText())).queryAs(Text.class);
        TextFlow flow = (TextFlow) note.getParent();
        // one line of 12 px text is under 20 px high; the note needs at least two lines at this width
        assertThat(flow.getHeight()).isGreaterThan(25);
    }

    @Test
    void theLiveNoteShowsTextSetLater(FxRobot robot) {
        robot.interact(() -> setAndLayOut("Restarted 2 of 3 servers."));
        // what the flow lays out and draws is the Text inside it, so that is what must hold the words
        Text shown = shownText(robot);
        assertThat(shown.getText()).isEqualTo("Restarted 2 of 3 servers.");
        assertThat(shown.getLayoutBounds().getWidth()).as("the words take room on the page").isGreaterThan(50);
        double oneLine = live.getHeight();
        assertThat(oneLine).isPositive();

        robot.interact(() -> setAndLayOut(LONG_NOTE));
        assertThat(shownText(robot).getText()).isEqualTo(LONG_NOTE);
        assertThat(live.getHeight()).isGreaterThan(25).isGreaterThan(oneLine);
    }

    private void setAndLayOut(String text) {
        live.setText(text);
        page.applyCss();
        page.layout();
    }

    private Text shownText(FxRobot robot) {
        return robot.from(live).lookup(".note").queryAllAs(Text.class).stream()
                .filter(text -> text.getParent() == live).findFirst().orElseThrow();
    }

    @Test
    void thePageIsDrawnDirectlyNotFromACachedImage(FxRobot robot) {
        Node viewport = page.lookup(".viewport");
        assertThat(viewport).isNotNull();
        assertThat(viewport.isCache()).isFalse();
    }
}
