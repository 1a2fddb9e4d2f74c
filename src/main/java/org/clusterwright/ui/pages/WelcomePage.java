package org.clusterwright.ui.pages;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.clusterwright.ui.dialogs.ProfileFiles;
import org.clusterwright.ui.viewmodel.DemoLab;
import org.clusterwright.ui.viewmodel.PageId;
import org.clusterwright.ui.viewmodel.WizardModel;
import org.clusterwright.ui.widgets.PageLayout;
import org.clusterwright.ui.widgets.WrappedText;

import java.nio.file.Path;
import java.util.List;

/** Where a session starts: a new profile, a saved one, or the demo lab. The cluster itself is described in step 1. */
public final class WelcomePage implements WizardPage {
    /** More saved profiles than this are left to Open…, so the page stays short. */
    private static final int SAVED_SHOWN = 10;

    private final WizardModel model;
    private final ProfileFiles files;
    private final DemoLab demoLab;
    /** One link per saved profile: a click, or Enter on it, opens it. */
    private final VBox saved = new VBox(2);
    private final Node view;

    public WelcomePage(WizardModel model, ProfileFiles files, DemoLab demoLab) {
        this.model = model;
        this.files = files;
        this.demoLab = demoLab;
        this.view = build();
    }

    @Override
    public PageId id() {
        return PageId.WELCOME;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void entering() {
        showSaved(files.savedProfiles());
    }

    private void showSaved(List<Path> profiles) {
        saved.getChildren().clear();
        if (profiles.isEmpty()) {
            saved.getChildren().add(PageLayout.note("No saved profiles in " + files.folder() + "."));
            return;
        }
        for (Path profile : profiles.subList(0, Math.min(profiles.size(), SAVED_SHOWN))) {
            Hyperlink open = new Hyperlink(profile.getFileName().toString());
            open.getStyleClass().add("saved-profile");
            open.setOnAction(e -> files.open(profile));
            // a link takes Space; Enter is what people press on a link, and it must not reach the Next button
            open.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    open.fire();
                    e.consume();
                }
            });
            saved.getChildren().add(open);
        }
        if (profiles.size() > SAVED_SHOWN) {
            saved.getChildren().add(PageLayout.note((profiles.size() - SAVED_SHOWN) + " more in " + files.folder()
                    + "; Open… reaches them."));
        }
    }

    private static Node labRow(Button tryLab, ProgressIndicator starting) {
        HBox row = new HBox(10, tryLab, starting);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private Node build() {
        Button create = new Button("New profile");
        create.setId("new-profile");
        create.setOnAction(e -> files.createNew());
        Button open = new Button("Open…");
        open.setId("open-profile");
        open.setOnAction(e -> files.openWithChooser());
        Button save = new Button("Save");
        save.setId("save-profile");
        save.setOnAction(e -> files.save());
        Button saveAs = new Button("Save as…");
        saveAs.setId("save-profile-as");
        saveAs.setOnAction(e -> files.saveAs());
        HBox actions = new HBox(8, create, open, save, saveAs);

        WrappedText where = new WrappedText("status-line");
        where.setId("profile-file");
        where.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.fileProperty().get() == null ? "Not saved yet. Save puts it in " + model.suggestedFile()
                        : "Saved as " + model.fileProperty().get() + (model.dirtyProperty().get() ? " (unsaved changes)" : "")
                        + (demoLab.isLabProfile(model.fileProperty().get()) ? ". This is the demo lab's folder, deleted"
                        + " when Clusterwright closes: Save as… keeps a copy where you choose." : ""),
                model.fileProperty(), model.dirtyProperty(), model.revisionProperty()));

        saved.setId("saved-profiles");
        entering();

        Button tryLab = new Button("Try the demo lab");
        tryLab.setId("try-demo-lab");
        tryLab.setOnAction(e -> demoLab.start());
        tryLab.textProperty().bind(javafx.beans.binding.Bindings.when(demoLab.runningProperty())
                .then("Open the demo lab's profile again").otherwise("Try the demo lab"));
        tryLab.disableProperty().bind(demoLab.busyProperty());
        // PostgreSQL takes seconds to come up: the page shows that it is busy, not only a line of text
        ProgressIndicator starting = new ProgressIndicator();
        starting.setId("demo-lab-progress");
        starting.setPrefSize(22, 22);
        starting.visibleProperty().bind(demoLab.busyProperty());
        starting.managedProperty().bind(demoLab.busyProperty());
        WrappedText labStatus = new WrappedText("status-line");
        labStatus.setId("demo-lab-status");
        labStatus.textProperty().bind(demoLab.statusProperty());
        Node labNote = PageLayout.note("No cluster at hand? The demo lab runs one on this machine: a real PostgreSQL"
                + " standing in for InedoDB and three simulated ProGet 2025 nodes, one with an odd EncryptionKey.");

        Node secrets = PageLayout.note("Passwords and keys are kept in " + model.secrets().describe()
                + ". Profiles hold only references to them, so a profile can be shared safely.");
        return PageLayout.of("Welcome to Clusterwright",
                "Clusterwright turns one ProGet, BuildMaster or Otter server into a load-balanced, highly available "
                        + "cluster, following Inedo's five steps: a shared database, one encryption key on every "
                        + "server, shared storage, High Availability switched on, and a verified result. It checks "
                        + "everything before it changes anything.",
                PageLayout.section("Profile"), where, actions,
                PageLayout.section("Saved profiles"), saved,
                PageLayout.section("Demo lab"), labNote, labRow(tryLab, starting), labStatus, secrets);
    }
}
