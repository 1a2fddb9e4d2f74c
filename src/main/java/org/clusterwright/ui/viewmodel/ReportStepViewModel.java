package org.clusterwright.ui.viewmodel;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clusterwright.Version;
import org.clusterwright.check.CheckResult;
import org.clusterwright.cluster.restart.RestartPlan;
import org.clusterwright.engine.Step;
import org.clusterwright.io.AtomicFiles;
import org.clusterwright.report.ChecklistReport;
import org.clusterwright.report.LastResults;
import org.clusterwright.report.ManualItem;
import org.clusterwright.report.ReportBuilder;
import org.clusterwright.report.ReportFormat;
import org.clusterwright.report.ResultsDocument;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The Report page behind its view: the checklist report built from every step's latest results and the profile,
 * exported where the person chose in the format asked for (rendering a PDF takes a moment, so off the FX thread),
 * with the results saved beside the profile too, so 'clusterwright report' can render them again later.
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

    /** The report as it would be exported now. */
    public ChecklistReport report() {
        return report(results());
    }

    private ChecklistReport report(ResultsDocument results) {
        return new ReportBuilder(model.profile(), results).restartPlan(restartPlan.get()).build();
    }

    /** The manual items not ticked yet, in the report's order. */
    public List<ManualItem> openItems() {
        return report().manualItems().stream().filter(item -> !item.done()).toList();
    }

    /** The name an export in {@code format} is offered under: the profile's, with "-report". */
    public String exportName(ReportFormat format) {
        String base = model.suggestedFile().getFileName().toString().replaceFirst("(?i)\\.json$", "");
        return base + "-report." + format.extension();
    }

    /** Renders the report in {@code format} and writes it to {@code target}; call on the FX thread. */
    public void export(ReportFormat format, Path target) {
        ResultsDocument results = results();
        ChecklistReport report = report(results);
        Path profileFile = model.suggestedFile();
        status.set("Writing " + target.getFileName() + "…");
        background.start(() -> {
            AtomicFiles.write(target, format.render(report));
            LastResults.save(profileFile, results);
            return () -> {
                exported.set(Optional.of(target));
                status.set("Exported " + report.checks().size() + " checks and " + report.manualItems().size()
                        + " manual items to " + target + ".");
            };
        }, failure -> () -> status.set("The report could not be written to " + target + ": " + failure.getMessage()));
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

    private ResultsDocument results() {
        List<CheckResult> all = new ArrayList<>();
        for (Step step : Step.values()) {
            all.addAll(model.results(step));
        }
        Instant now = Instant.now();
        return ResultsDocument.of(Version.get(), model.profile().getId(), model.profile().getName(), now, now, all);
    }
}
