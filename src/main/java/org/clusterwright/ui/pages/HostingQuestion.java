package org.clusterwright.ui.pages;

import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.clusterwright.profile.HighAvailabilitySettings;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.ProfileProblem.Section;
import org.clusterwright.profile.WebHosting;
import org.clusterwright.ui.viewmodel.WizardModel;
import org.clusterwright.ui.widgets.Forms;
import org.clusterwright.ui.widgets.PageLayout;

/**
 * Step 4's question of how the web application is hosted on the Windows nodes, among what the release line has: one
 * service, the integrated web server's own service, or IIS (with the application pool to recycle). The answer is kept
 * in the profile and decides what the restart plan restarts; container nodes are not asked.
 */
final class HostingQuestion {
    private final WizardModel model;
    private final ComboBox<WebHosting> hosting = new ComboBox<>();
    private final TextField appPool = new TextField();
    private final Node view;
    private boolean showing;

    HostingQuestion(WizardModel model, Runnable changed) {
        this.model = model;
        hosting.setId("web-hosting");
        appPool.setId("app-pool");
        hosting.valueProperty().addListener((obs, was, now) -> {
            if (!showing && now != null && now != settings().getWebHosting()) {
                settings().setWebHosting(now);
                model.edited(Section.HIGH_AVAILABILITY);
                changed.run();
            }
            showAppPool();
        });
        appPool.textProperty().addListener((obs, was, now) -> {
            if (!showing) {
                settings().setAppPool(now);
                model.edited(Section.HIGH_AVAILABILITY);
                changed.run();
            }
        });
        view = new VBox(4, new Forms().field("_Web application", hosting).field("IIS application pool", appPool)
                .build(), PageLayout.note("What runs the web application decides what a restart restarts: IIS hosts"
                + " it without a web service of its own, so its application pool is recycled instead."));
    }

    Node view() {
        return view;
    }

    /** Shows the line's hostings and the profile's answer (the line's usual one until it is given). */
    void refresh() {
        showing = true;
        Product product = model.profile().getProduct();
        // a copy: the skin asks the items for the index of a null value, which an unmodifiable list refuses
        hosting.setItems(FXCollections.observableArrayList(model.profile().getVersionLine().procedure().hostings()));
        hosting.setValue(settings().webHosting(model.profile().getVersionLine()));
        appPool.setText(settings().appPool(product));
        showing = false;
        showAppPool();
        boolean windows = model.profile().getNodes().stream().anyMatch(n -> !n.getAccess().container());
        view.setVisible(windows);
        view.setManaged(windows);
    }

    private void showAppPool() {
        boolean iis = hosting.getValue() == WebHosting.IIS;
        appPool.setDisable(!iis);
    }

    private HighAvailabilitySettings settings() {
        return model.profile().getHighAvailability();
    }
}
