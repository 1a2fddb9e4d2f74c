package org.clusterwright.ui.widgets;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Scrolls a page so that the field taking keyboard focus is in view; JavaFX's ScrollPane does not do it itself. */
final class ScrollToFocus {
    private ScrollToFocus() {
    }

    static void install(ScrollPane scroll) {
        scroll.sceneProperty().addListener((obs, oldScene, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, was, focused) -> reveal(scroll, focused));
            }
        });
    }

    private static void reveal(ScrollPane scroll, Node focused) {
        Node content = scroll.getContent();
        if (focused == null || content == null || !isInside(focused, content)) {
            return;
        }
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewportHeight = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewportHeight) {
            return;
        }
        Bounds field = content.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double top = scroll.getVvalue() * (contentHeight - viewportHeight);
        double margin = 24;
        double target = top;
        if (field.getMinY() - margin < top) {
            target = field.getMinY() - margin;
        } else if (field.getMaxY() + margin > top + viewportHeight) {
            target = field.getMaxY() + margin - viewportHeight;
        }
        scroll.setVvalue(Math.max(0, Math.min(1, target / (contentHeight - viewportHeight))));
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
