package org.clusterwright.ui.pages;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.util.Duration;
import org.clusterwright.database.SharedConnectionString;
import org.clusterwright.engine.Step;
import org.clusterwright.keys.EncryptionKeys.KeyInput;
import org.clusterwright.keys.EncryptionKeys;
import org.clusterwright.keys.KeyPlan;
import org.clusterwright.secrets.Secret;
import org.clusterwright.ui.dialogs.SummaryGate;
import org.clusterwright.ui.viewmodel.ChangeSummary.Action;
import org.clusterwright.ui.viewmodel.KeyMatrixRow;
import org.clusterwright.ui.viewmodel.KeyStepViewModel;
import org.clusterwright.ui.viewmodel.PageId;
import org.clusterwright.ui.viewmodel.WizardModel;
import org.clusterwright.ui.widgets.CheckPanel;
import org.clusterwright.ui.widgets.FieldFeedback;
import org.clusterwright.ui.widgets.Forms;
import org.clusterwright.ui.widgets.PageLayout;
import org.clusterwright.ui.widgets.TextColumns;
import org.clusterwright.ui.widgets.TimedClipboard;

import java.nio.file.Path;

/**
 * Step 2: the EncryptionKey every node must share. The servers' keys are read and compared by fingerprint, one key
 * is chosen (adopted by default), and it is written to every server with a backup. The key itself appears only after
 * Reveal, and Copy keeps it on the clipboard for a limited time.
 */
public final class EncryptionKeyPage implements WizardPage {
    static final Duration REVEAL_FOR = Duration.seconds(30);
    static final Duration CLIPBOARD_FOR = Duration.seconds(30);

    private final WizardModel model;
    private final KeyStepViewModel keys;
    private final TableView<KeyMatrixRow> matrix = new TableView<>();
    private final PasswordField typedKey = new PasswordField();
    private final Label typedFeedback = new Label();
    private final Label fingerprint = new Label();
    private final Label installation = new Label();
    private final ToggleButton reveal = new ToggleButton("Re_veal");
    private final TextField revealed = new TextField();
    private final Label clipboardNote = new Label();
    private final CheckBox distribute = new CheckBox("Also give every server step 1's _connection string");
    private final Label distributeNote = new Label();
    private final TextField exportFolder = new TextField();
    private final TextArea diff = new TextArea();
    private final TimedClipboard clipboard = new TimedClipboard(CLIPBOARD_FOR);
    private final PauseTransition hideAgain = new PauseTransition(REVEAL_FOR);
    private final Node exportRow;
    private final Node view;

    private final SummaryGate summaries;

    public EncryptionKeyPage(WizardModel model, KeyStepViewModel keys, SummaryGate summaries) {
        this.model = model;
        this.keys = keys;
        this.summaries = summaries;
        this.exportRow = exportFolderRow();
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
        refresh();
    }

    @Override
    public void leaving() {
        reveal.setSelected(false);
    }

    private Node build() {
        installation.setId("key-installation-note");
        installation.setWrapText(true);
        installation.setMinHeight(Region.USE_PREF_SIZE);
        VBox servers = new VBox(8, installation, matrix(), matrixButtons());

        CheckPanel checkPanel = new CheckPanel(keys.checks(), model.runningProperty(Step.ENCRYPTION_KEY),
                "_Read the servers' keys");
        keys.planProperty().addListener((obs, was, now) -> refresh());
        model.profileProperty().addListener((obs, was, now) -> refresh());
        refresh();
        return PageLayout.withChecks(checkPanel, "Step 2: Encryption key",
                "Every server must have the same EncryptionKey. It encrypts the secrets already stored in the "
                        + "database, so an existing installation's key must be kept: a new key would orphan them. "
                        + "Read the servers' keys, adopt the one the installation uses, and write it to the others. "
                        + "Keys are compared by fingerprint (the first 8 bytes of the key's SHA-256), never shown "
                        + "unless you ask.",
                PageLayout.section("Keys on the servers"), servers,
                PageLayout.section("The cluster's key"), clusterKey(),
                PageLayout.section("Write it to every server"), applySection());
    }

    private Node matrix() {
        matrix.setId("key-matrix");
        matrix.setItems(keys.rows());
        matrix.setPlaceholder(new Label("Read the servers' keys (below) to see which key each server uses."));
        matrix.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        matrix.getColumns().add(TextColumns.of("Server", KeyMatrixRow::node));
        matrix.getColumns().add(TextColumns.ofLong("Read from", KeyMatrixRow::where));
        matrix.getColumns().add(TextColumns.of("Fingerprint", KeyMatrixRow::fingerprint));
        matrix.getColumns().add(TextColumns.wrapping("State", KeyMatrixRow::state));
        matrix.getColumns().add(TextColumns.wrapping("On apply", KeyMatrixRow::planned));
        // the path is the least read column: it gives way so "State" and "Applying will" can be read whole
        matrix.getColumns().get(0).setPrefWidth(80);
        matrix.getColumns().get(1).setPrefWidth(150);
        matrix.getColumns().get(2).setPrefWidth(140);
        matrix.getColumns().get(3).setPrefWidth(150);
        matrix.setPrefHeight(150);
        matrix.setMinHeight(120);
        matrix.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> showDiff(now));
        return matrix;
    }

    private Node matrixButtons() {
        Button adopt = new Button("_Adopt this server's key");
        adopt.setId("adopt-selected");
        adopt.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            KeyMatrixRow row = matrix.getSelectionModel().getSelectedItem();
            return row == null || row.fingerprint().isEmpty() || keys.busyProperty().get();
        }, matrix.getSelectionModel().selectedItemProperty(), keys.busyProperty()));
        adopt.setOnAction(e -> keys.adoptFrom(matrix.getSelectionModel().getSelectedItem().node()));
        adopt.setMinWidth(Region.USE_PREF_SIZE);
        Node hint = PageLayout.note("By default the key most servers use is adopted, or the one the database's "
                + "existing servers use.");
        HBox row = new HBox(12, adopt, hint);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(hint, Priority.ALWAYS);
        return row;
    }

    private Node clusterKey() {
        fingerprint.setId("key-fingerprint");
        fingerprint.setWrapText(true);
        fingerprint.setMinHeight(Region.USE_PREF_SIZE);

        reveal.setId("reveal-key");
        revealed.setId("revealed-key");
        revealed.setEditable(false);
        revealed.getStyleClass().add("monospace");
        revealed.setVisible(false);
        revealed.setManaged(false);
        revealed.setPrefColumnCount(34);
        reveal.selectedProperty().addListener((obs, was, now) -> showKey(now));
        hideAgain.setOnFinished(e -> reveal.setSelected(false));
        Button copy = new Button("C_opy");
        copy.setId("copy-key");
        copy.setOnAction(e -> keys.clusterKey().ifPresent(key -> {
            clipboard.copy(key.reveal());
            clipboardNote.setText("Copied. The clipboard is emptied in " + (int) CLIPBOARD_FOR.toSeconds()
                    + " seconds (a clipboard manager may still keep a copy).");
        }));
        clipboardNote.setId("clipboard-note");
        clipboardNote.getStyleClass().add("note");
        reveal.disableProperty().bind(Bindings.createBooleanBinding(() -> keys.clusterKey().isEmpty(),
                keys.planProperty(), model.revisionProperty()));
        copy.disableProperty().bind(reveal.disableProperty());
        HBox keyRow = new HBox(8, reveal, copy, revealed);
        keyRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        typedKey.setId("encryption-key");
        typedKey.setPromptText("32 hex characters, as in <EncryptionKey> of a config file or a backup");
        typedFeedback.setId("encryption-key-feedback");
        typedFeedback.getStyleClass().add("field-feedback");
        typedFeedback.setWrapText(true);
        Button use = new Button("_Use this key");
        use.setId("use-key");
        use.setDisable(true);
        typedKey.textProperty().addListener((obs, was, now) -> {
            KeyInput input = EncryptionKeys.parse(now);
            use.setDisable(!input.isValid());
            boolean empty = now == null || now.isBlank();
            typedFeedback.setText(empty ? "" : input.isValid()
                    ? "A valid key, fingerprint " + EncryptionKeys.fingerprint(input.key()) + ". " + input.note()
                    : input.error());
            typedFeedback.getStyleClass().removeAll("feedback-error", "feedback-ok");
            typedFeedback.getStyleClass().add(input.isValid() ? "feedback-ok" : "feedback-error");
        });
        use.setOnAction(e -> useTypedKey());
        HBox.setHgrow(typedKey, Priority.ALWAYS);

        Button generate = new Button("_Generate a new key…");
        generate.setId("generate-key");
        generate.disableProperty().bind(keys.busyProperty());
        generate.setOnAction(e -> generate());

        return new Forms()
                .field("Cluster key", fingerprint)
                .feedback(new FieldFeedback(model, "encryptionKey"))
                .field("Show or copy", new VBox(4, keyRow, clipboardNote))
                .field("Or _type a key", new HBox(8, typedKey, use))
                .feedback(typedFeedback)
                .field("Or start afresh", generate)
                .build();
    }

    private Node applySection() {
        distribute.setId("distribute-connection-string");
        distribute.selectedProperty().bindBidirectional(keys.distributeConnectionStringProperty());
        distributeNote.setId("distribute-note");
        distributeNote.getStyleClass().add("note");
        distributeNote.setWrapText(true);
        distributeNote.setMinHeight(Region.USE_PREF_SIZE);

        diff.setId("key-diff");
        diff.setEditable(false);
        diff.getStyleClass().add("monospace");
        diff.setPrefRowCount(6);
        diff.setPromptText("Select a server above to see what applying changes in its config file (secrets masked).");

        Button apply = new Button("Apply to _servers…");
        apply.setId("apply-key");
        apply.disableProperty().bind(Bindings.createBooleanBinding(
                () -> keys.busyProperty().get() || keys.planProperty().get() == null || !keys.planProperty().get().canApply(),
                keys.busyProperty(), keys.planProperty()));
        apply.setOnAction(e -> summaries.beforeApplying(view.getScene().getWindow(), Action.WRITE_KEY, keys::apply,
                keys.statusProperty()::set));
        Button restore = new Button("R_estore backups");
        restore.setId("restore-key");
        restore.disableProperty().bind(keys.busyProperty().or(keys.canRestoreProperty().not()));
        restore.setOnAction(e -> keys.restore());
        ProgressBar progress = new ProgressBar();
        progress.setId("key-progress");
        progress.progressProperty().bind(keys.progressProperty());
        progress.visibleProperty().bind(keys.busyProperty());
        progress.setPrefWidth(140);
        Label status = new Label();
        status.setId("key-status");
        status.textProperty().bind(keys.statusProperty());
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        apply.setMinWidth(Region.USE_PREF_SIZE);
        restore.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox actions = new HBox(10, apply, restore, progress, status);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(8, distribute, distributeNote, exportRow, diff, actions);
    }

    private Node exportFolderRow() {
        exportFolder.setId("export-folder");
        exportFolder.setPromptText("Folder for the container nodes' env file, compose snippet and Kubernetes Secret");
        exportFolder.textProperty().addListener((obs, was, now) ->
                keys.exportFolderProperty().set(now == null || now.isBlank() ? null : Path.of(now.strip())));
        Button browse = new Button("_Browse…");
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Where to write the Docker/Linux nodes' files");
            java.io.File chosen = chooser.showDialog(view.getScene().getWindow());
            if (chosen != null) {
                exportFolder.setText(chosen.getAbsolutePath());
            }
        });
        HBox.setHgrow(exportFolder, Priority.ALWAYS);
        return new Forms().field("E_xport folder", new HBox(8, exportFolder, browse)).build();
    }

    private void useTypedKey() {
        KeyInput input = EncryptionKeys.parse(typedKey.getText());
        if (!input.isValid()) {
            return;
        }
        // a typed key that no server uses replaces theirs: the same confirmation as generating is asked
        boolean unknown = keys.rows().stream().noneMatch(r -> r.fingerprint().equals(EncryptionKeys.fingerprint(input.key())))
                && keys.rows().stream().anyMatch(r -> !r.fingerprint().isEmpty());
        String confirmation = "";
        if (unknown) {
            var typed = KeyDialogs.confirmReplacingKey(view.getScene().getWindow());
            if (typed.isEmpty()) {
                return;
            }
            confirmation = typed.get();
        }
        keys.useTypedKey(input.key(), confirmation);
        typedKey.clear();
    }

    private void generate() {
        if (!keys.generatingNeedsConfirmation()) {
            keys.generate("");
            return;
        }
        KeyDialogs.confirmReplacingKey(view.getScene().getWindow()).ifPresent(keys::generate);
    }

    private void showKey(boolean show) {
        String text = show ? keys.clusterKey().map(Secret::reveal).orElse("") : "";
        revealed.setText(text);
        revealed.setVisible(show);
        revealed.setManaged(show);
        reveal.setText(show ? "Hi_de" : "Re_veal");
        if (show) {
            hideAgain.playFromStart();
        } else {
            hideAgain.stop();
        }
    }

    private void showDiff(KeyMatrixRow row) {
        diff.setText(row == null ? "" : String.join("\n", row.diff()));
    }

    private void refresh() {
        installation.setText(keys.installationNote());
        KeyPlan plan = keys.planProperty().get();
        String chosen = model.profile().getEncryptionKey().getFingerprint();
        fingerprint.setText(plan != null && plan.key().isEmpty() ? "No key decided: " + plan.basis()
                : chosen == null ? "No key chosen yet. Read the servers' keys, or type the key you have."
                : "Fingerprint " + chosen + (plan != null && plan.fingerprint().equals(chosen) ? ": " + plan.basis() : ""));
        SharedConnectionString.Lookup shared = keys.sharedConnectionString();
        distribute.setDisable(shared.value().isEmpty());
        distributeNote.setText(shared.value().isEmpty() ? "Not available: " + shared.reason()
                : keys.connectionStringNote().map(note -> "Not handed out: " + note)
                .orElse("Every server gets: " + shared.value().get().masked()));
        exportRow.setVisible(keys.hasDockerNodes());
        exportRow.setManaged(keys.hasDockerNodes());
        if (!keys.rows().isEmpty() && matrix.getSelectionModel().isEmpty()) {
            matrix.getSelectionModel().select(0);
        }
        showDiff(matrix.getSelectionModel().getSelectedItem());
        if (reveal.isSelected()) {
            showKey(true);
        }
    }
}
