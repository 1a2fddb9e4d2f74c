package org.clusterwright.ui.pages;

import javafx.scene.Node;
import org.clusterwright.ui.viewmodel.PageId;

/** One page of the wizard: its view, built once, and a hook called each time the page is shown. */
public interface WizardPage {

    PageId id();

    Node view();

    /** Called when the page is shown; pages refresh what may have changed elsewhere. */
    default void entering() {
    }

    /** Called when another page is shown instead; pages hide what must not stay on screen (a revealed key). */
    default void leaving() {
    }
}
