package org.clusterwright.ui.pages;

import javafx.scene.Node;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.clusterwright.engine.Step;
import org.clusterwright.profile.ProfileProblem.Section;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.secrets.Secret;
import org.clusterwright.ui.CheckRunViewModel;
import org.clusterwright.ui.PageId;
import org.clusterwright.ui.WizardModel;
import org.clusterwright.ui.WizardPage;
import org.clusterwright.ui.widgets.CheckPanel;
import org.clusterwright.ui.widgets.FieldFeedback;
import org.clusterwright.ui.widgets.Forms;
import org.clusterwright.ui.widgets.PageLayout;
import org.clusterwright.ui.widgets.TextBinding;

/** Step 3: the shared storage every node reads and writes, and the account the product's service uses. */
public final class StoragePage implements WizardPage {
    private final WizardModel model;
    private final CheckRunViewModel checks;
    private final Node view;

    public StoragePage(WizardModel model, CheckRunViewModel checks) {
        this.model = model;
        this.checks = checks;
        this.view = build();
    }

    @Override
    public PageId id() {
        return PageId.STORAGE;
    }

    @Override
    public Node view() {
        return view;
    }

    private Node build() {
        TextField path = new TextField();
        path.setId("storage-path");
        path.setPromptText("\\\\fileserver\\proget-packages");
        TextField account = new TextField();
        account.setId("storage-account");
        account.setPromptText("CORP\\svc-proget");
        PasswordField password = new PasswordField();
        password.setId("storage-password");

        Runnable refreshPath = TextBinding.bind(path, () -> model.profile().getStorage().getPath(),
                v -> model.profile().getStorage().setPath(v), () -> model.edited(Section.STORAGE));
        Runnable refreshAccount = TextBinding.bind(account, () -> model.profile().getStorage().getAccount(),
                v -> model.profile().getStorage().setAccount(v), () -> model.edited(Section.STORAGE));
        password.textProperty().addListener((obs, was, now) -> rememberPassword(now));
        model.profileProperty().addListener((obs, was, now) -> {
            refreshPath.run();
            refreshAccount.run();
            password.clear();
        });

        Forms form = new Forms()
                .field("Shared _path", path).feedback(new FieldFeedback(model, "storage.path"))
                .field("Service _account", account)
                .field("Pass_word", password);
        CheckPanel checkPanel = new CheckPanel(checks, model.runningProperty(Step.STORAGE), "_Check storage settings");
        return PageLayout.withChecks(checkPanel, "Step 3: Shared storage",
                "Package and artifact files must live on storage that every server can read and write, as the "
                        + "account the product's service runs under. Use a UNC path: a mapped drive belongs to one "
                        + "user's logon and the service does not see it.",
                form.build(),
                PageLayout.note("The password is kept in " + model.secrets().describe() + ", never in the profile."));
    }

    private void rememberPassword(String typed) {
        String profileId = model.profile().getId();
        if (typed == null || typed.isEmpty()) {
            model.secrets().remove(profileId, SecretRef.STORAGE_PASSWORD);
        } else {
            model.secrets().put(profileId, SecretRef.STORAGE_PASSWORD, Secret.of(typed));
            model.profile().getStorage().setPassword(SecretRef.STORAGE_PASSWORD);
        }
    }
}
