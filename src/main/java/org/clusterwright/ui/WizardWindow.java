package org.clusterwright.ui;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.clusterwright.engine.Step;
import org.clusterwright.profile.ProfileLocations;
import org.clusterwright.ui.pages.DatabasePage;
import org.clusterwright.ui.pages.EncryptionKeyPage;
import org.clusterwright.ui.pages.HighAvailabilityPage;
import org.clusterwright.ui.pages.ReportPage;
import org.clusterwright.ui.pages.StoragePage;
import org.clusterwright.ui.pages.VerifyPage;
import org.clusterwright.ui.pages.WelcomePage;
import org.clusterwright.ui.widgets.PageLayout;
import org.clusterwright.ui.widgets.WrappedText;

import java.time.Duration;
import java.util.function.Supplier;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.clusterwright.ui.viewmodel.WizardModel;
import org.clusterwright.ui.viewmodel.PageId;
import org.clusterwright.ui.viewmodel.CheckRunViewModel;
import org.clusterwright.ui.viewmodel.KeyStepViewModel;
import org.clusterwright.ui.viewmodel.StorageStepViewModel;
import org.clusterwright.ui.viewmodel.RestartRunViewModel;
import org.clusterwright.ui.viewmodel.VerifyStepViewModel;
import org.clusterwright.ui.viewmodel.ReportStepViewModel;
import org.clusterwright.ui.viewmodel.DemoLab;
import org.clusterwright.ui.dialogs.ProfileFiles;
import org.clusterwright.ui.pages.WizardPage;

/**
 * The wizard's frame: the step list on the left, the current page in the middle, Back and Next below.
 * Keyboard: Alt+B / Alt+N (or Ctrl+PgUp / Ctrl+PgDn) move between pages, Ctrl+S saves, Ctrl+O opens, and the step list takes arrow keys.
 */
public final class WizardWindow {
    private static final List<KeyCombination> PAGE_KEYS_NEXT = List.of(
            new KeyCodeCombination(KeyCode.N, KeyCombination.ALT_DOWN),
            new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN));
    private static final List<KeyCombination> PAGE_KEYS_BACK = List.of(
            new KeyCodeCombination(KeyCode.B, KeyCombination.ALT_DOWN),
            new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN));

    /** The brand and the profile's line line up with the step titles below them. */
    private static final Insets BRAND_INDENT = new Insets(0, 0, 0, 6);
    private static final Insets PROFILE_LINE_INDENT = new Insets(0, 0, 6, 6);
    /** Room for the longest step title; the step list fills it. */
    private static final double SIDEBAR_WIDTH = 250;

    private final WizardModel model;
    /** How each page is made: on its first showing, so opening the wizard builds only the page it shows. */
    private final Map<PageId, Supplier<WizardPage>> pageFactories = new EnumMap<>(PageId.class);
    private final Map<PageId, WizardPage> pages = new EnumMap<>(PageId.class);
    private final StepList stepList;
    private final StackPane content = new StackPane();
    private final BorderPane root = new BorderPane();
    private final ProfileFiles files;
    private final DemoLab demoLab;
    private WizardPage shown;

    public WizardWindow(WizardModel model, Executor fxThread, Duration checkDeadline) {
        this.model = model;
        this.files = new ProfileFiles(model, this::window, ProfileLocations.defaultFolder());
        this.stepList = new StepList(model);
        this.demoLab = new DemoLab(model, files::open, fxThread);
        pageFactories.put(PageId.WELCOME, () -> new WelcomePage(model, files, demoLab));
        pageFactories.put(PageId.DATABASE, () -> new DatabasePage(model, checks(Step.DATABASE, fxThread, checkDeadline)));
        pageFactories.put(PageId.ENCRYPTION_KEY, () -> new EncryptionKeyPage(model,
                new KeyStepViewModel(model, checks(Step.ENCRYPTION_KEY, fxThread, checkDeadline), fxThread)));
        pageFactories.put(PageId.STORAGE, () -> new StoragePage(model,
                new StorageStepViewModel(model, checks(Step.STORAGE, fxThread, checkDeadline), fxThread)));
        pageFactories.put(PageId.HIGH_AVAILABILITY, () -> new HighAvailabilityPage(model,
                checks(Step.HIGH_AVAILABILITY, fxThread, checkDeadline), new RestartRunViewModel(model, fxThread)));
        pageFactories.put(PageId.VERIFY, () -> new VerifyPage(model,
                new VerifyStepViewModel(model, checks(Step.VERIFY, fxThread, checkDeadline))));
        pageFactories.put(PageId.REPORT, () -> new ReportPage(model, new ReportStepViewModel(model, fxThread)));
        build();
    }

    public static WizardWindow create(WizardModel model) {
        return new WizardWindow(model, Platform::runLater, CheckRunViewModel.DEFAULT_DEADLINE);
    }

    public Parent root() {
        return root;
    }

    public Scene createScene() {
        Scene scene = new Scene(root, 1100, 760);
        scene.getStylesheets().add(WizardWindow.class.getResource("wizard.css").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), files::save);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), files::openWithChooser);
        // a filter, not accelerators: tables and text fields consume Ctrl+PgDn and Alt chords before accelerators run
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            int delta = PAGE_KEYS_NEXT.stream().anyMatch(k -> k.match(event)) ? 1
                    : PAGE_KEYS_BACK.stream().anyMatch(k -> k.match(event)) ? -1 : 0;
            if (delta != 0) {
                move(delta);
                event.consume();
            }
        });
        return scene;
    }

    public ProfileFiles files() {
        return files;
    }

    /** The window has closed for good: the demo lab, if one runs, is stopped with it, and secrets are written. */
    public void closed() {
        demoLab.stop();
        model.close();
    }

    public void show(PageId page) {
        stepList.select(page);
    }

    public PageId currentPage() {
        return stepList.selected();
    }

    private CheckRunViewModel checks(Step step, Executor fxThread, Duration deadline) {
        return new CheckRunViewModel(model, step, fxThread, deadline);
    }

    private void build() {
        root.getStyleClass().add("wizard");
        root.setLeft(sidebar());
        root.setCenter(content);
        root.setBottom(navigation());
        stepList.selectedProperty().addListener((obs, was, now) -> display(now));
        stepList.select(PageId.WELCOME);
    }

    private Node sidebar() {
        Text brand = PageLayout.text("Clusterwright", "brand");
        WrappedText profileName = new WrappedText("sidebar-profile");
        profileName.setId("sidebar-profile");
        profileName.textProperty().bind(Bindings.createStringBinding(() -> {
            String name = model.profile().getName();
            return (name == null ? "Unnamed cluster" : name) + " · " + model.profile().getProduct()
                    + (model.dirtyProperty().get() ? " · unsaved" : "");
        }, model.revisionProperty(), model.dirtyProperty()));
        VBox side = new VBox(8, brand, profileName, stepList);
        VBox.setMargin(brand, BRAND_INDENT);
        VBox.setMargin(profileName, PROFILE_LINE_INDENT);
        VBox.setVgrow(stepList, Priority.ALWAYS);
        side.getStyleClass().add("sidebar");
        // a set width: a long profile name wraps within the sidebar instead of widening it
        side.setPrefWidth(SIDEBAR_WIDTH);
        return side;
    }

    private Node navigation() {
        Button back = new Button("Back");
        back.setId("back");
        back.setOnAction(e -> move(-1));
        back.disableProperty().bind(stepList.selectedProperty().isEqualTo(PageId.values()[0]));
        Button next = new Button("Next");
        next.setId("next");
        next.setDefaultButton(true);
        next.setOnAction(e -> move(1));
        next.disableProperty().bind(stepList.selectedProperty().isEqualTo(PageId.values()[PageId.values().length - 1]));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Text hint = PageLayout.text("Alt+B or Ctrl+PgUp back · Alt+N or Ctrl+PgDn next · Ctrl+S save", "hint");
        HBox bar = new HBox(10, hint, spacer, back, next);
        bar.getStyleClass().add("navigation");
        return bar;
    }

    private void move(int delta) {
        int index = stepList.selectedIndex() + delta;
        if (index >= 0 && index < PageId.values().length) {
            stepList.select(PageId.values()[index]);
        }
    }

    private void display(PageId id) {
        if (id == null) {
            return;
        }
        WizardPage page = pages.computeIfAbsent(id, missing -> pageFactories.get(missing).get());
        if (shown != null && shown != page) {
            shown.leaving();
        }
        shown = page;
        page.entering();
        content.getChildren().setAll(page.view());
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
