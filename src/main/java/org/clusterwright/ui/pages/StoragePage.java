package org.clusterwright.ui.pages;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.clusterwright.check.CheckResult;
import org.clusterwright.engine.Step;
import org.clusterwright.profile.ProfileProblem.Section;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.profile.StorageSettings;
import org.clusterwright.report.ManualItems;
import org.clusterwright.ui.dialogs.SummaryGate;
import org.clusterwright.ui.viewmodel.ChangeSummary.Action;
import org.clusterwright.ui.viewmodel.PageId;
import org.clusterwright.ui.viewmodel.StorageStepViewModel;
import org.clusterwright.ui.viewmodel.WizardModel;
import org.clusterwright.ui.widgets.CheckPanel;
import org.clusterwright.ui.widgets.FieldFeedback;
import org.clusterwright.ui.widgets.Forms;
import org.clusterwright.ui.widgets.PageLayout;
import org.clusterwright.ui.widgets.SecretField;
import org.clusterwright.ui.widgets.TextBinding;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Step 3: the shared storage every node reads and writes, proven by a probe that works as the product's service
 * account would (write, read back, rename, delete, free space, latency, throughput), then handed to the product.
 */
public final class StoragePage implements WizardPage {
    private final WizardModel model;
    private final StorageStepViewModel storage;
    private final Label figures = new Label();
    private final Button createFolder = new Button("C_reate the folder");
    private final VBox checklist = new VBox(6);
    private final Node apiRow;
    private final Node view;

    private final SummaryGate summaries;

    public StoragePage(WizardModel model, StorageStepViewModel storage, SummaryGate summaries) {
        this.model = model;
        this.storage = storage;
        this.summaries = summaries;
        this.apiRow = apiKeyRow();
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

    @Override
    public void entering() {
        refresh();
    }

    private Node build() {
        TextField path = new TextField();
        path.setId("storage-path");
        path.setPromptText("\\\\fileserver\\proget-packages");
        TextField account = new TextField();
        account.setId("storage-account");
        account.setPromptText("CORP\\svc-proget");
        // the probe logged in with the old password: an edit makes its results stale
        SecretField password = new SecretField(model, () -> model.profile().getStorage().passwordRef(),
                ref -> model.profile().getStorage().setPassword(ref), () -> model.edited(Section.STORAGE));
        password.setId("storage-password");

        Runnable refreshPath = TextBinding.bind(path, () -> model.profile().getStorage().getPath(),
                v -> model.profile().getStorage().setPath(v), this::edited);
        Runnable refreshAccount = TextBinding.bind(account, () -> model.profile().getStorage().getAccount(),
                v -> model.profile().getStorage().setAccount(v), this::edited);
        TextField port = numberField("storage-smb-port", "445", StorageSettings::getSmbPort, StorageSettings::setSmbPort);
        TextField probeSize = numberField("storage-probe-size", "8", StorageSettings::getProbeSizeMiB,
                StorageSettings::setProbeSizeMiB);
        TextField minFree = numberField("storage-min-free", "10", StorageSettings::getMinFreeGiB,
                StorageSettings::setMinFreeGiB);
        model.profileProperty().addListener((obs, was, now) -> {
            refreshPath.run();
            refreshAccount.run();
            refresh();
        });

        Forms form = new Forms()
                .field("Shared _path", path).feedback(new FieldFeedback(model, "storage.path"))
                .field("Service _account", account)
                .field("Pass_word", password)
                .field("SMB port", port)
                .field("Probe file size (MiB)", probeSize)
                .field("Warn below free (GiB)", minFree);

        figures.setId("storage-figures");
        figures.setWrapText(true);
        figures.setMinHeight(Region.USE_PREF_SIZE);
        createFolder.setId("create-folder");
        createFolder.disableProperty().bind(storage.busyProperty());
        createFolder.setOnAction(e -> storage.createFolder());
        storage.checks().results().addListener((ListChangeListener<CheckResult>) change -> refresh());

        CheckPanel checkPanel = new CheckPanel(storage.checks(), model.runningProperty(Step.STORAGE), "_Test the storage");
        return PageLayout.withChecks(checkPanel, "Step 3: Shared storage",
                "Package and artifact files must live on storage that every server can read and write, as the "
                        + "account the product's service runs under. Use a UNC path: a mapped drive belongs to one "
                        + "user's logon and the service does not see it. The test writes, reads back, renames and "
                        + "deletes a probe file as that account, and measures free space, latency and throughput.",
                form.build(),
                new HBox(12, createFolder, figures),
                PageLayout.section("Point the product at it"), apiRow, applyRow(), checklist);
    }

    private Node apiKeyRow() {
        // the key is used when the path is set, not by the probe: an edit leaves the results as they are
        SecretField apiKey = SecretField.fixed(model, SecretRef.API_KEY, () -> { });
        apiKey.setId("proget-api-key");
        apiKey.setPromptText("A ProGet System API key with Full Control, kept in " + model.secrets().describe());
        return new Forms().field("ProGet API _key", apiKey).build();
    }

    private Node applyRow() {
        Button apply = new Button("_Set the storage path in ProGet");
        apply.setId("apply-storage");
        apply.disableProperty().bind(storage.busyProperty());
        apply.setOnAction(e -> summaries.beforeApplying(view.getScene().getWindow(), Action.SET_STORAGE,
                storage::applyToProGet, storage.statusProperty()::set));
        apply.setMinWidth(Region.USE_PREF_SIZE);
        Label status = new Label();
        status.setId("storage-status");
        status.textProperty().bind(storage.statusProperty());
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox row = new HBox(12, apply, status);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        row.visibleProperty().bind(Bindings.createBooleanBinding(storage::appliesThroughApi, model.revisionProperty()));
        row.managedProperty().bind(row.visibleProperty());
        apiRow.visibleProperty().bind(row.visibleProperty());
        apiRow.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private TextField numberField(String id, String prompt, Function<StorageSettings, Integer> getter,
                                  BiConsumer<StorageSettings, Integer> setter) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(6);
        field.setMaxWidth(120);
        field.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().matches("\\d{0,6}") ? c : null));
        Runnable refresh = TextBinding.bind(field,
                () -> {
                    Integer value = getter.apply(model.profile().getStorage());
                    return value == null ? null : String.valueOf(value);
                },
                v -> setter.accept(model.profile().getStorage(), v == null || v.isBlank() ? null : Integer.valueOf(v)),
                this::edited);
        model.profileProperty().addListener((obs, was, now) -> refresh.run());
        return field;
    }

    private void refresh() {
        String measured = storage.figures();
        figures.setText(measured.isEmpty() ? "" : "Measured: " + measured);
        var missing = storage.missingFolder();
        createFolder.setVisible(missing.isPresent());
        createFolder.setManaged(missing.isPresent());
        missing.ifPresent(folder -> createFolder.setText("C_reate " + folder));
        // what Clusterwright did itself is ticked, with what proves it
        checklist.getChildren().setAll(ManualItems.storage(model.profile(), model.results(Step.STORAGE)).stream()
                .map(item -> (Node) PageLayout.note(item.done()
                        ? "\u2611 " + item.text() + " Done: storage.apply set it and read it back."
                        : "\u2610 " + item.text())).toList());
    }

    private void edited() {
        model.edited(Section.STORAGE);
        refresh();
    }
}
