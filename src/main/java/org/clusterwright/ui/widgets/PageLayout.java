package org.clusterwright.ui.widgets;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The common frame of a page: a title, a short explanation, then the page's content, scrolling if needed. */
public final class PageLayout {
    private PageLayout() {
    }

    /**
     * A step page: the inputs scroll at the top; the check bar and results stay in view below them, in a split the
     * user can drag, so "run the checks" never scrolls out of sight.
     */
    public static Node withChecks(CheckPanel checks, String title, String intro, Node... content) {
        Node inputs = of(title, intro, content);
        checks.getStyleClass().add("page-checks");
        SplitPane split = new SplitPane(inputs, checks);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.56);
        SplitPane.setResizableWithParent(checks, false);
        return split;
    }

    public static Node of(String title, String intro, Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("page-title");
        Label explanation = new Label(intro);
        explanation.getStyleClass().add("page-intro");
        explanation.setWrapText(true);
        // without this a wrapped label is squeezed to one line and cut off with an ellipsis
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        VBox page = new VBox(12, heading, explanation);
        page.getStyleClass().add("page");
        page.getChildren().addAll(content);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        // pages taller than the window scroll rather than squeezing their tables to nothing
        scroll.setFitToHeight(false);
        scroll.getStyleClass().add("page-scroll");
        ScrollToFocus.install(scroll);
        return scroll;
    }

    public static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    public static Label note(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("note");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
