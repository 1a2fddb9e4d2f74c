package org.clusterwright.ui.pages;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import org.clusterwright.engine.Step;
import org.clusterwright.keys.EncryptionKeys;
import org.clusterwright.keys.EncryptionKeys.KeyInput;
import org.clusterwright.profile.ProfileProblem.Section;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.ui.CheckRunViewModel;
import org.clusterwright.ui.PageId;
import org.clusterwright.ui.WizardModel;
import org.clusterwright.ui.WizardPage;
import org.clusterwright.ui.widgets.CheckPanel;
import org.clusterwright.ui.widgets.FieldFeedback;
import org.clusterwright.ui.widgets.Forms;
import org.clusterwright.ui.widgets.PageLayout;

/**
 * Step 2: the EncryptionKey every node must share. The key is typed into a masked field, checked as it is typed,
 * and only its fingerprint is ever shown or saved.
 */
public final class EncryptionKeyPage implements WizardPage {
    private final WizardModel model;
    private final CheckRunViewModel checks;
    private final PasswordField key = new PasswordField();
    private final Label keyFeedback = new Label();
    private final Label fingerprint = new Label();
    private final Node view;

    public EncryptionKeyPage(WizardModel model, CheckRunViewModel checks) {
        this.model = model;
        this.checks = checks;
        this.view = build();
    }

    @Override
    public PageId id() {
        return PageId.ENCRYPTION_KEY;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void entering() {
        showFingerprint();
    }

    private Node build() {
        key.setId("encryption-key");
        key.setPromptText("32 hex characters, as in <EncryptionKey> of the node's config file");
        keyFeedback.setId("encryption-key-feedback");
        keyFeedback.getStyleClass().add("field-feedback");
        keyFeedback.setWrapText(true);
        fingerprint.setId("key-fingerprint");

        Button use = new Button("_Use this key");
        use.setId("use-key");
        use.setDisable(true);
        key.textProperty().addListener((obs, was, now) -> {
            KeyInput input = EncryptionKeys.parse(now);
            use.setDisable(!input.isValid());
            boolean empty = now == null || now.isBlank();
            keyFeedback.setText(empty ? "" : input.isValid()
                    ? "A valid key, fingerprint " + EncryptionKeys.fingerprint(input.key()) + ". " + input.note()
                    : input.error());
            keyFeedback.getStyleClass().removeAll("feedback-error", "feedback-ok");
            keyFeedback.getStyleClass().add(input.isValid() ? "feedback-ok" : "feedback-error");
        });
        use.setOnAction(e -> adopt());
        model.profileProperty().addListener((obs, was, now) -> showFingerprint());
        showFingerprint();

        Forms form = new Forms()
                .field("Key to _adopt", new HBox(8, key, use))
                .feedback(keyFeedback)
                .field("Cluster key", fingerprint)
                .feedback(new FieldFeedback(model, "encryptionKey"));
        HBox.setHgrow(key, javafx.scene.layout.Priority.ALWAYS);
        CheckPanel checkPanel = new CheckPanel(checks, model.runningProperty(Step.ENCRYPTION_KEY), "_Check key settings");
        return PageLayout.withChecks(checkPanel, "Step 2: Encryption key",
                "Every server must have the same EncryptionKey. It encrypts the secrets already stored in the "
                        + "database, so an existing installation's key must be kept: a new key would orphan them. "
                        + "Paste the key from the server that already runs the product; only its fingerprint is "
                        + "shown and saved.",
                form.build(),
                PageLayout.note("Keys are compared by fingerprint (the first 8 bytes of the key's SHA-256), "
                        + "never by showing the key."));
    }

    private void adopt() {
        KeyInput input = EncryptionKeys.parse(key.getText());
        if (!input.isValid()) {
            return;
        }
        SecretRef ref = SecretRef.ENCRYPTION_KEY;
        model.secrets().put(model.profile().getId(), ref, input.key());
        model.profile().getEncryptionKey().setKey(ref);
        model.profile().getEncryptionKey().setFingerprint(EncryptionKeys.fingerprint(input.key()));
        key.clear();
        model.edited(Section.ENCRYPTION_KEY);
        showFingerprint();
    }

    private void showFingerprint() {
        String value = model.profile().getEncryptionKey().getFingerprint();
        fingerprint.setText(value == null ? "No key chosen yet." : "Fingerprint " + value);
    }
}
