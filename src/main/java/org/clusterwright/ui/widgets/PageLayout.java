package org.clusterwright.ui.widgets;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The common frame of a page: a title, a short explanation, then the page's content, scrolling if needed.
 * Text that never changes is a {@link Text} (in a {@link TextFlow} when it wraps), not a {@link Label}: a label
 * brings a skin, a text child and a control's styling with it, and the first page's labels cost about a tenth of the
 * wizard's start-up. Text that changes is a {@link WrappedText}; labels stay where a control refers to them.
 */
public final class PageLayout {
    private static final Insets SECTION_SPACE_ABOVE = new Insets(6, 0, 0, 0);

    private PageLayout() {
    }

    /** The id of a step page's split between its form and its results; the window keeps its divider in place. */
    public static final String SPLIT_ID = "page-split";

    /**
     * A step page: the inputs scroll at the top; the check bar and results stay in view below them, in a split the
     * user can drag, so "run the checks" never scrolls out of sight.
     */
    public static Node withChecks(CheckPanel checks, String title, String intro, Node... content) {
        Node inputs = of(title, intro, content);
        checks.getStyleClass().add("page-checks");
        SplitPane split = new SplitPane(inputs, checks);
        split.setId(SPLIT_ID);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.52);
        return split;
    }

    public static Node of(String title, String intro, Node... content) {
        VBox page = new VBox(12, text(title, "page-title"), paragraph(intro, "page-intro"));
        page.getStyleClass().add("page");
        page.getChildren().addAll(content);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        // pages taller than the window scroll rather than squeezing their tables to nothing
        scroll.setFitToHeight(false);
        scroll.getStyleClass().add("page-scroll");
        ScrollToFocus.install(scroll);
        drawViewportDirectly(scroll);
        return scroll;
    }

    /**
     * ScrollPane's skin caches its viewport (the {@code .viewport} node modena.css styles) as an image, which pays
     * for itself only while scrolling long content. A page is drawn far more often than it scrolls: the cache cost
     * the first page an offscreen image of its whole size on the software renderer, and cached text is drawn blurred
     * when it lands between pixels.
     */
    private static void drawViewportDirectly(ScrollPane scroll) {
        scroll.skinProperty().addListener((obs, was, skin) -> {
            Node viewport = skin == null ? null : scroll.lookup(".viewport");
            if (viewport != null) {
                viewport.setCache(false);
            }
        });
    }

    /** A section's heading, set a little apart from what comes before it on the page. */
    public static Text section(String title) {
        Text heading = text(title, "section-title");
        VBox.setMargin(heading, SECTION_SPACE_ABOVE);
        return heading;
    }

    /** A short remark in the muted style, wrapped to the width it is given. */
    public static TextFlow note(String text) {
        return paragraph(text, "note");
    }

    /** A remark in the note style whose text is set later, from a result or a running task. */
    public static WrappedText liveNote() {
        return new WrappedText("note");
    }

    /** Text that does not change, on one line. */
    public static Text text(String text, String styleClass) {
        Text node = new Text(text);
        node.getStyleClass().add(styleClass);
        return node;
    }

    /** Text that does not change, wrapped to the width it is given. */
    public static TextFlow paragraph(String text, String styleClass) {
        WrappedText paragraph = new WrappedText(styleClass);
        paragraph.setText(text);
        return paragraph;
    }
}
