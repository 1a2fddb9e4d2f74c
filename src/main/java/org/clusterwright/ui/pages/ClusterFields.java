package org.clusterwright.ui.pages;

import javafx.scene.Node;
import javafx.scene.control.TextField;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.ProfileProblem.Section;
import org.clusterwright.profile.VersionLine;
import org.clusterwright.ui.viewmodel.WizardModel;
import org.clusterwright.ui.widgets.FieldFeedback;
import org.clusterwright.ui.widgets.Forms;
import org.clusterwright.ui.widgets.SegmentedChoice;
import org.clusterwright.ui.widgets.TextBinding;

import java.util.List;

/**
 * The cluster's name, its product and the product's version line, at the top of step 1: the version line decides
 * which databases the step accepts, and the step's state counts their problems, so they sit beside the database.
 */
final class ClusterFields {
    private ClusterFields() {
    }

    static Node build(WizardModel model) {
        TextField name = new TextField();
        name.setId("profile-name");
        SegmentedChoice<Product> product = new SegmentedChoice<>("product", List.of(Product.values()));
        SegmentedChoice<VersionLine> versionLine = new SegmentedChoice<>("version-line", List.of(VersionLine.values()));

        Runnable refreshName = TextBinding.bind(name, () -> model.profile().getName(), v -> model.profile().setName(v),
                () -> model.edited(Section.GENERAL));
        Runnable refreshChoices = () -> {
            product.setValue(model.profile().getProduct());
            versionLine.setValue(model.profile().getVersionLine());
        };
        refreshChoices.run();
        product.valueProperty().addListener((obs, was, now) -> {
            if (now != null && now != model.profile().getProduct()) {
                model.profile().setProduct(now);
                model.edited(Section.GENERAL);
            }
        });
        versionLine.valueProperty().addListener((obs, was, now) -> {
            if (now != null && now != model.profile().getVersionLine()) {
                model.profile().setVersionLine(now);
                model.edited(Section.GENERAL);
            }
        });
        model.profileProperty().addListener((obs, was, now) -> {
            refreshName.run();
            refreshChoices.run();
        });
        // the product and line may change from elsewhere on the page (step 1 proposing what the nodes run)
        model.revisionProperty().addListener((obs, was, now) -> refreshChoices.run());

        // mnemonics chosen apart from the servers' and the database's on the same page (MnemonicsTest checks them)
        return new Forms()
                .field("Cluster na_me", name).feedback(new FieldFeedback(model, "name"))
                .field("Pro_duct", product)
                .field("_Version line", versionLine).feedback(new FieldFeedback(model, "versionLine"))
                .build();
    }
}
