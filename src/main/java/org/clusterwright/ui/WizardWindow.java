package org.clusterwright.ui;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.clusterwright.engine.Step;
import org.clusterwright.lab.LabWarnings;
import org.clusterwright.profile.ProfileException;
import org.clusterwright.profile.ProfileLocations;
import org.clusterwright.ui.dialogs.CloseQuestions;
import org.clusterwright.ui.dialogs.FileChoices;
import org.clusterwright.ui.dialogs.ProfileFiles;
import org.clusterwright.ui.dialogs.SummaryGate;
import org.clusterwright.ui.pages.DatabasePage;
import org.clusterwright.ui.pages.EncryptionKeyPage;
import org.clusterwright.ui.pages.HighAvailabilityPage;
import org.clusterwright.ui.pages.ReportPage;
import org.clusterwright.ui.pages.StoragePage;
import org.clusterwright.ui.pages.VerifyPage;
import org.clusterwright.ui.pages.WelcomePage;
import org.clusterwright.ui.pages.WizardPage;
import org.clusterwright.ui.viewmodel.CheckRunViewModel;
import org.clusterwright.ui.viewmodel.DemoLab;
import org.clusterwright.ui.viewmodel.KeyStepViewModel;
import org.clusterwright.ui.viewmodel.PageId;
import org.clusterwright.ui.viewmodel.ReportStepViewModel;
import org.clusterwright.ui.viewmodel.RestartRunViewModel;
import org.clusterwright.ui.viewmodel.StorageStepViewModel;
import org.clusterwright.ui.viewmodel.SummaryViewModel;
import org.clusterwright.ui.viewmodel.VerifyStepViewModel;
import org.clusterwright.ui.viewmodel.WizardModel;
import org.clusterwright.ui.viewmodel.WizardSettings;
import org.clusterwright.ui.widgets.PageLayout;
import org.clusterwright.ui.widgets.TabLeavesText;
import org.clusterwright.ui.widgets.WrappedText;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The wizard's frame: the step list on the left, the current page in the middle, Back and Next (Finish on the last
 * page) below, and a link to the part of Inedo's guide the page follows. Keyboard: see {@link WindowKeys}. It
 * remembers the last profile, page, divider and window size for the next session ({@link WizardSettings}).
 */
public final class WizardWindow {
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
    private final WizardSettings settings;
    private final CloseQuestions closeQuestions;
    /** Each step's check run, for Esc to cancel the one of the page shown. */
    private final Map<Step, CheckRunViewModel> checkRuns = new EnumMap<>(Step.class);
    private final NavigationBar navigation;
    private WizardPage shown;

    /** The wizard with the user's settings and the desktop's file choosers. */
    public WizardWindow(WizardModel model, Executor fxThread, Duration checkDeadline) {
        this(model, fxThread, checkDeadline, WizardSettings.ofUser(), FileChoices.desktop());
    }

    public WizardWindow(WizardModel model, Executor fxThread, Duration checkDeadline, WizardSettings settings,
                        FileChoices choices) {
        this.model = model;
        this.settings = settings;
        this.files = new ProfileFiles(model, this::window, ProfileLocations.defaultFolder(), choices);
        this.stepList = new StepList(model);
        this.navigation = new NavigationBar(stepList, this::move, this::close, () -> Browser.open(window(), PageId.GUIDE));
        this.demoLab = new DemoLab(model, files::open, fxThread);
        this.closeQuestions = new CloseQuestions(model, files, demoLab, choices, this::window);
        KeyStepViewModel keys = new KeyStepViewModel(model, checks(Step.ENCRYPTION_KEY, fxThread, checkDeadline), fxThread);
        RestartRunViewModel restarts = new RestartRunViewModel(model, fxThread);
        SummaryGate summaries = new SummaryGate(new SummaryViewModel(model, keys, restarts, fxThread, checkDeadline),
                choices);
        pageFactories.put(PageId.WELCOME, () -> new WelcomePage(model, files, demoLab));
        pageFactories.put(PageId.DATABASE, () -> new DatabasePage(model, checks(Step.DATABASE, fxThread, checkDeadline)));
        pageFactories.put(PageId.ENCRYPTION_KEY, () -> new EncryptionKeyPage(model, keys, summaries));
        pageFactories.put(PageId.STORAGE, () -> new StoragePage(model,
                new StorageStepViewModel(model, checks(Step.STORAGE, fxThread, checkDeadline), fxThread), summaries));
        pageFactories.put(PageId.HIGH_AVAILABILITY, () -> new HighAvailabilityPage(model,
                checks(Step.HIGH_AVAILABILITY, fxThread, checkDeadline), restarts, summaries));
        pageFactories.put(PageId.VERIFY, () -> new VerifyPage(model,
                new VerifyStepViewModel(model, checks(Step.VERIFY, fxThread, checkDeadline))));
        pageFactories.put(PageId.REPORT, () -> new ReportPage(model, new ReportStepViewModel(model, fxThread,
                restarts::plan), choices));
        build();
    }

    public static WizardWindow create(WizardModel model) {
        return new WizardWindow(model, Platform::runLater, CheckRunViewModel.DEFAULT_DEADLINE);
    }

    public Parent root() {
        return root;
    }

    public Scene createScene() {
        double[] size = settings.windowSize().orElse(new double[] {1100, 760});
        Scene scene = new Scene(root, size[0], size[1]);
        scene.getStylesheets().add(WizardWindow.class.getResource("wizard.css").toExternalForm());
        WindowKeys.install(scene, files, this::move, this::cancelRunningCheck, this::close);
        TabLeavesText.install(scene);
        return scene;
    }

    /** Opens the last session's profile and page, when there was one and its file is still there. */
    public void restoreLastSession() {
        settings.lastProfile().ifPresent(file -> {
            try {
                model.open(file);
            } catch (ProfileException e) {
                // a profile changed or removed since: the session starts as a new one would
            }
        });
        settings.lastPage().ifPresent(this::show);
    }

    /** Keeps what the next session restores: the profile (if it outlives this session), page and window size. */
    public void rememberSession() {
        Path file = model.fileProperty().get();
        Optional<Path> lasting = Optional.ofNullable(file).filter(f -> !LabWarnings.isLabProfile(f));
        Window window = window();
        boolean maximized = window instanceof Stage stage && stage.isMaximized();
        settings.remember(lasting, currentPage(), window == null ? 0 : window.getWidth(),
                window == null ? 0 : window.getHeight(), maximized);
    }

    /** True when the wizard may close: the person was asked about unsaved changes and the demo lab's work. */
    public boolean confirmClose() {
        return closeQuestions.confirm();
    }

    /** Finish, Close or Ctrl+Q: asks what closing asks, remembers the session, and closes the window. */
    public void close() {
        Window window = window();
        if (window != null && confirmClose()) {
            rememberSession();
            window.hide();
        }
    }

    public ProfileFiles files() {
        return files;
    }

    public WizardSettings settings() {
        return settings;
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
        CheckRunViewModel checks = new CheckRunViewModel(model, step, fxThread, deadline);
        checkRuns.put(step, checks);
        return checks;
    }

    /** Esc: cancels the check run of the page shown; false when none runs, so Esc does what it does elsewhere. */
    private boolean cancelRunningCheck() {
        PageId page = currentPage();
        CheckRunViewModel run = page == null ? null : page.step().map(checkRuns::get).orElse(null);
        if (run == null || !run.isRunning()) {
            return false;
        }
        run.cancel();
        return true;
    }

    private void build() {
        root.getStyleClass().add("wizard");
        root.setLeft(sidebar());
        root.setCenter(content);
        root.setBottom(navigation);
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
        keepDivider(page.view());
        content.getChildren().setAll(page.view());
        navigation.showGuideFor(id);
    }

    /** Every step page's divider between form and results sits where the person last left it, on any page. */
    private void keepDivider(Node view) {
        if (view instanceof SplitPane split && PageLayout.SPLIT_ID.equals(split.getId())
                && split.getProperties().putIfAbsent("divider-kept", true) == null) {
            split.getDividers().get(0).positionProperty().bindBidirectional(settings.dividerProperty());
        }
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
