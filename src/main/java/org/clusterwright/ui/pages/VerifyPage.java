package org.clusterwright.ui.pages;

import javafx.scene.Node;
import javafx.scene.control.TextField;
import org.clusterwright.engine.Step;
import org.clusterwright.profile.ProfileProblem.Section;
import org.clusterwright.ui.viewmodel.PageId;
import org.clusterwright.ui.viewmodel.VerifyStepViewModel;
import org.clusterwright.ui.viewmodel.WizardModel;
import org.clusterwright.ui.widgets.CheckPanel;
import org.clusterwright.ui.widgets.FieldFeedback;
import org.clusterwright.ui.widgets.Forms;
import org.clusterwright.ui.widgets.PageLayout;
import org.clusterwright.ui.widgets.TextBinding;

/**
 * Step 5: the load balancer users reach the cluster through, and the verification of the whole cluster: every
 * node's health, version and key in one grid, and how the balancer spread its requests over them.
 */
public final class VerifyPage implements WizardPage {
    private final WizardModel model;
    private final VerifyStepViewModel viewModel;
    private final Node view;

    public VerifyPage(WizardModel model, VerifyStepViewModel viewModel) {
        this.model = model;
        this.viewModel = viewModel;
        this.view = build();
    }

    @Override
    public PageId id() {
        return PageId.VERIFY;
    }

    @Override
    public Node view() {
        return view;
    }

    private Node build() {
        CheckPanel checkPanel = new CheckPanel(viewModel.checks(), model.runningProperty(Step.VERIFY), "_Verify",
                "Re-_run the verification");
        return PageLayout.withChecks(checkPanel, "Step 5: Verify",
                "Verify asks every node for its health, reads every node's EncryptionKey again (fingerprints only) and "
                        + "sends a series of requests through the load balancer. Give the balancer's address, and the "
                        + "response header it adds to name the serving node, so the spread over the nodes can be seen.",
                balancerForm(), PageLayout.section("Nodes"), VerifyNodeGrid.of(viewModel),
                PageLayout.section("Load balancer"), new BalancerChart(viewModel));
    }

    private Node balancerForm() {
        TextField url = new TextField();
        url.setId("lb-url");
        url.setPromptText("https://proget.corp.local/");
        TextField header = new TextField();
        header.setId("lb-header");
        header.setPromptText("X-Served-By (optional)");
        Runnable refreshUrl = TextBinding.bind(url, () -> model.profile().getLoadBalancer().getUrl(),
                v -> model.profile().getLoadBalancer().setUrl(v), () -> model.edited(Section.LOAD_BALANCER));
        Runnable refreshHeader = TextBinding.bind(header, () -> model.profile().getLoadBalancer().getNodeHeader(),
                v -> model.profile().getLoadBalancer().setNodeHeader(v), () -> model.edited(Section.LOAD_BALANCER));
        model.profileProperty().addListener((obs, was, now) -> {
            refreshUrl.run();
            refreshHeader.run();
        });
        return new Forms()
                .field("Load balancer _URL", url).feedback(new FieldFeedback(model, "loadBalancer.url"))
                .field("Node _header", header).feedback(new FieldFeedback(model, "loadBalancer.nodeHeader"))
                .build();
    }
}
