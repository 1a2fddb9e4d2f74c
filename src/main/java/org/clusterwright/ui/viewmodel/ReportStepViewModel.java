package org.clusterwright.ui.viewmodel;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clusterwright.cluster.restart.RestartPlan;
import org.clusterwright.io.AtomicFiles;
import org.clusterwright.profile.Profile;
import org.clusterwright.report.ChecklistReport;
import org.clusterwright.report.ManualItem;
import org.clusterwright.report.ReportBuilder;
import org.clusterwright.report.ReportFormat;
import org.clusterwright.support.LogFolder;
import org.clusterwright.support.ProfileSecrets;
import org.clusterwright.support.SupportBundle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The Report page behind its view: the checklist report built from the profile and its journal (every run of either
 * face), exported where the person chose in the format asked for (rendering a PDF takes a moment, so off the FX
 * thread), and the support bundle the command line's 'diagnose' writes.
 */
public final class ReportStepViewModel {
    private final WizardModel model;
    private final BackgroundWork background;
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<Optional<Path>> exported = new SimpleObjectProperty<>(Optional.empty());
    private final Supplier<RestartPlan> restartPlan;

    /** {@code restartPlan}: the plan step 4 shows, which the report's restart item repeats. */
    public ReportStepViewModel(WizardModel model, Executor fxThread, Supplier<RestartPlan> restartPlan) {
        this.model = model;
        this.restartPlan = restartPlan;
        this.background = new BackgroundWork("report-export", fxThread);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return background.busyProperty();
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** The last file exported in this session, for Open. */
    public ObjectProperty<Optional<Path>> exportedProperty() {
        return exported;
    }

    /** The report as it would be exported now: from every run recorded in the profile's journal. */
    public ChecklistReport report() {
        return new ReportBuilder(model.profile(), model.journal()).restartPlan(restartPlan.get()).build();
    }

    /** The manual items not ticked yet, in the report's order. */
    public List<ManualItem> openItems() {
        return report().manualItems().stream().filter(item -> !item.done()).toList();
    }

    /** The name an export in {@code format} is offered under: the profile's, with "-report". */
    public String exportName(ReportFormat format) {
        return baseName() + "-report." + format.extension();
    }

    /** Where the wizard suggests writing a support bundle: beside the profile, named after it. */
    public Path supportBundleFile() {
        return model.suggestedFile().toAbsolutePath().resolveSibling(baseName() + "-support.zip");
    }

    private String baseName() {
        return model.suggestedFile().getFileName().toString().replaceFirst("(?i)\\.json$", "");
    }

    /** Renders the report in {@code format} and writes it to {@code target}; call on the FX thread. */
    public void export(ReportFormat format, Path target) {
        ChecklistReport report = report();
        status.set("Writing " + target.getFileName() + "…");
        background.start(() -> {
            AtomicFiles.write(target, format.render(report));
            return () -> {
                exported.set(Optional.of(target));
                status.set("Exported " + report.checks().size() + " checks and " + report.manualItems().size()
                        + " manual items to " + target + ".");
            };
        }, failure -> () -> status.set("The report could not be written to " + target + ": " + failure.getMessage()));
    }

    /**
     * Writes the support bundle (as 'clusterwright diagnose' does) with the profile as last saved; the profile's
     * secrets are looked up off the FX thread, since the keyring may be slow to answer. Call on the FX thread.
     */
    public void saveSupportBundle(Path target) {
        Path profileFile = model.suggestedFile();
        Profile profile = model.profile();
        List<String> notes = model.dirtyProperty().get() || !Files.exists(profileFile)
                ? List.of("The wizard had changes not saved to " + profileFile + "; the bundle holds the saved file.")
                : List.of();
        status.set("Writing " + target.getFileName() + "…");
        background.start(() -> {
            SupportBundle.Written written = new SupportBundle(profileFile, LogFolder.of(System::getenv),
                    ProfileSecrets.held(profile, model.secrets()), notes).write(target);
            return () -> {
                exported.set(Optional.of(target));
                status.set("Wrote the support bundle to " + target + " (" + String.join(", ", written.entries())
                        + "). " + (written.masked().isEmpty() ? "No known secret was found in it."
                        : "Masked before writing: " + written.maskedInWords() + ".")
                        + " It names hosts, shares and accounts: look through it before you send it.");
            };
        }, failure -> () -> status.set("The support bundle could not be written to " + target + ": "
                + failure.getMessage()));
    }

    /**
     * Opens the last exported file in the desktop's program for it; where none can be started, {@code notOpened}
     * hears why, on the FX thread, to show the file's path instead.
     */
    public void openExported(BiConsumer<Path, String> notOpened) {
        exported.get().ifPresent(file -> background.start(() -> {
            OpenFile.open(file);
            return () -> status.set("Opened " + file + ".");
        }, failure -> () -> {
            status.set("Not opened: " + failure.getMessage() + ". The file is at " + file + ".");
            notOpened.accept(file, failure.getMessage());
        }));
    }
}
