package org.clusterwright.ui.widgets;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The common frame of a page: a title, a short explanation, then the page's content, scrolling if needed. */
public final class PageLayout {
    private PageLayout() {
    }

    public static Node of(String title, String intro, Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("page-title");
        Label explanation = new Label(intro);
        explanation.getStyleClass().add("page-intro");
        explanation.setWrapText(true);
        VBox page = new VBox(12, heading, explanation);
        page.getStyleClass().add("page");
        page.getChildren().addAll(content);
        for (Node node : content) {
            if (node instanceof CheckPanel) {
                VBox.setVgrow(node, Priority.ALWAYS);
            }
        }
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("page-scroll");
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
        return label;
    }
}
