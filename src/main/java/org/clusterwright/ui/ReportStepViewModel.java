package org.clusterwright.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clusterwright.io.AtomicFiles;
import org.clusterwright.report.ChecklistReport;
import org.clusterwright.report.ManualItem;
import org.clusterwright.report.ReportBuilder;
import org.clusterwright.report.ReportFormat;
import org.clusterwright.profile.Profile;
import org.clusterwright.support.LogFolder;
import org.clusterwright.support.ProfileSecrets;
import org.clusterwright.support.SupportBundle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The Report page behind its view: the checklist report built from the profile and its journal (every run of either
 * face), exported beside the profile in the format asked for (rendering a PDF takes a moment, so off the FX thread).
 */
public final class ReportStepViewModel {
    private final WizardModel model;
    private final BackgroundWork background;
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<Optional<Path>> exported = new SimpleObjectProperty<>(Optional.empty());

    public ReportStepViewModel(WizardModel model, Executor fxThread) {
        this.model = model;
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
        return new ReportBuilder(model.profile(), model.journal()).build();
    }

    /** The manual items not ticked yet, in the report's order. */
    public List<ManualItem> openItems() {
        return report().manualItems().stream().filter(item -> !item.done()).toList();
    }

    /** Where an export in {@code format} goes: beside the profile, named after it. */
    public Path exportFile(ReportFormat format) {
        return besideProfile("-report." + format.extension());
    }

    /** Where the wizard suggests writing a support bundle: beside the profile, named after it. */
    public Path supportBundleFile() {
        return besideProfile("-support.zip");
    }

    private Path besideProfile(String suffix) {
        Path profile = model.suggestedFile().toAbsolutePath();
        String base = profile.getFileName().toString().replaceFirst("(?i)\\.json$", "");
        return profile.resolveSibling(base + suffix);
    }

    /** Renders and writes the report in {@code format}; call on the FX thread. */
    public void export(ReportFormat format) {
        Path target = exportFile(format);
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

    /** Opens the last exported file in the desktop's program for it. */
    public void openExported() {
        exported.get().ifPresent(file -> background.start(() -> {
            OpenFile.open(file);
            return () -> status.set("Opened " + file + ".");
        }, failure -> () -> status.set("The file could not be opened (" + failure.getMessage() + "); it is at " + file + ".")));
    }
}
