package org.clusterwright.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.clusterwright.ui.viewmodel.PageId;
import org.clusterwright.ui.widgets.PageLayout;

import java.util.function.IntConsumer;

/**
 * The bar below every page: the link to the part of Inedo's guide the page follows, the keys in a line, Back, and
 * Next, which is Finish on the last page.
 */
final class NavigationBar extends HBox {
    private final Hyperlink guide = new Hyperlink();

    /** {@code move} takes +1 or -1; {@code finish} closes the wizard; {@code openGuide} opens Inedo's page. */
    NavigationBar(StepList steps, IntConsumer move, Runnable finish, Runnable openGuide) {
        super(10);
        getStyleClass().add("navigation");
        guide.setId("guide-link");
        guide.getStyleClass().add("guide-link");
        guide.setOnAction(e -> openGuide.run());
        guide.managedProperty().bind(guide.visibleProperty());
        Button back = new Button("Back");
        back.setId("back");
        back.setOnAction(e -> move.accept(-1));
        back.disableProperty().bind(steps.selectedProperty().isEqualTo(PageId.values()[0]));
        Button next = new Button("Next");
        next.setId("next");
        next.setDefaultButton(true);
        PageId last = PageId.values()[PageId.values().length - 1];
        // the last page's Next is Finish: the wizard closes, asking first what closing asks
        next.textProperty().bind(Bindings.when(steps.selectedProperty().isEqualTo(last)).then("Finish")
                .otherwise("Next"));
        next.setOnAction(e -> {
            if (steps.selected() == last) {
                finish.run();
            } else {
                move.accept(1);
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Text hint = PageLayout.text("Alt+N or Ctrl+PgDn next · Alt+B or Ctrl+PgUp back · Ctrl+S save · Esc stops a"
                + " check · Ctrl+Q quit", "hint");
        getChildren().addAll(guide, hint, spacer, back, next);
    }

    /** Shows the guide's section {@code page} follows; the wizard's own pages follow none. */
    void showGuideFor(PageId page) {
        guide.setVisible(page.guideSection().isPresent());
        page.guideSection().ifPresent(section -> {
            guide.setText("Inedo's guide, " + section.replaceFirst(":.*", "") + " \u2197");
            guide.setTooltip(new Tooltip("Opens Inedo's \"Configuring High Availability & Load Balancing\", "
                    + section + ":\n" + PageId.GUIDE));
        });
    }
}
