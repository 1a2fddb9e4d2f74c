package org.clusterwright.ui.pages;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.clusterwright.check.CheckResult;
import org.clusterwright.cluster.detect.ClusterLineCheck;
import org.clusterwright.cluster.detect.LineProposal;
import org.clusterwright.profile.ProfileProblem.Section;
import org.clusterwright.ui.viewmodel.CheckRunViewModel;
import org.clusterwright.ui.viewmodel.WizardModel;
import org.clusterwright.ui.widgets.PageLayout;
import org.clusterwright.ui.widgets.WrappedText;

import java.util.Optional;

/**
 * Step 1's note on what the nodes run, once a test has asked them: the product and release line they run, and, when
 * the profile says otherwise, a button that takes them over. Empty until the step's checks have run, and again after
 * an edit makes their results stale.
 */
final class DetectionNote {
    private DetectionNote() {
    }

    static Node build(WizardModel model, CheckRunViewModel checks) {
        WrappedText text = PageLayout.liveNote();
        text.setId("detected-line");
        Button use = new Button();
        use.setId("use-detected-line");
        VBox note = new VBox(4, text, use);
        Runnable refresh = () -> {
            Optional<LineProposal> proposal = checks.findings()
                    .flatMap(found -> found.get(ClusterLineCheck.TARGET, ClusterLineCheck.PROPOSAL));
            text.setText(proposal.map(LineProposal::text).orElse(""));
            boolean offer = proposal.map(LineProposal::differs).orElse(false);
            proposal.ifPresent(p -> use.setText("Use " + p.product() + ", " + p.line().displayName()));
            use.setVisible(offer);
            use.setManaged(offer);
            note.setVisible(proposal.isPresent());
            note.setManaged(proposal.isPresent());
            use.setOnAction(e -> proposal.ifPresent(p -> {
                model.profile().setProduct(p.product());
                model.profile().setVersionLine(p.line());
                model.edited(Section.GENERAL);
            }));
        };
        checks.results().addListener((ListChangeListener<CheckResult>) change -> refresh.run());
        refresh.run();
        return note;
    }
}
