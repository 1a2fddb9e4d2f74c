package org.clusterwright.ui.pages;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import org.clusterwright.Version;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.RunSummary;
import org.clusterwright.check.Status;
import org.clusterwright.engine.Step;
import org.clusterwright.io.AtomicFiles;
import org.clusterwright.report.JsonResults;
import org.clusterwright.report.ResultsDocument;
import org.clusterwright.ui.PageId;
import org.clusterwright.ui.WizardModel;
import org.clusterwright.ui.WizardPage;
import org.clusterwright.ui.widgets.PageLayout;
import org.clusterwright.ui.widgets.TextColumns;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The summary of every step's latest results, and their export. */
public final class ReportPage implements WizardPage {
    private final WizardModel model;
    private final TableView<StepRow> summary = new TableView<>();
    private final Label exported = new Label();
    private final Node view;

    public ReportPage(WizardModel model) {
        this.model = model;
        this.view = build();
    }

    @Override
    public PageId id() {
        return PageId.REPORT;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void entering() {
        ObservableList<StepRow> rows = FXCollections.observableArrayList();
        for (Step step : Step.values()) {
            rows.add(StepRow.of(step, model.results(step), model.stateProperty(step).get().label()));
        }
        summary.setItems(rows);
    }

    private Node build() {
        summary.setId("report-summary");
        summary.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        summary.setPrefHeight(220);
        summary.setMinHeight(200);
        summary.getColumns().add(column("Step", StepRow::step, 200));
        summary.getColumns().add(column("State", StepRow::state, 120));
        for (Status status : Status.values()) {
            summary.getColumns().add(column(status.name(), row -> String.valueOf(row.counts().count(status)), 70));
        }
        Button export = new Button("_Export results as JSON");
        export.setId("export-json");
        export.setOnAction(e -> exportJson());
        exported.setId("export-result");
        exported.setWrapText(true);
        entering();
        return PageLayout.of("Report",
                "The latest results of every step. The JSON export carries stable check ids for scripts; it holds "
                        + "fingerprints and references, never a password or key.",
                summary, new HBox(8, export), exported);
    }

    private void exportJson() {
        List<CheckResult> all = new ArrayList<>();
        for (Step step : Step.values()) {
            all.addAll(model.results(step));
        }
        Path folder = model.suggestedFile().toAbsolutePath().getParent();
        String base = model.suggestedFile().getFileName().toString().replaceFirst("\\.json$", "");
        Path target = folder.resolve(base + "-results.json");
        Instant now = Instant.now();
        String json = new JsonResults().write(ResultsDocument.of(Version.get(), model.profile().getId(),
                model.profile().getName(), now, now, all));
        try {
            AtomicFiles.write(target, json.getBytes(StandardCharsets.UTF_8));
            exported.setText("Exported " + all.size() + " results to " + target);
        } catch (IOException e) {
            exported.setText("The export failed: " + e.getMessage());
        }
    }

    private static TableColumn<StepRow, String> column(String title, java.util.function.Function<StepRow, String> value,
                                                       double width) {
        TableColumn<StepRow, String> column = TextColumns.of(title, value);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 90));
        return column;
    }

    record StepRow(String step, String state, RunSummary counts) {
        static StepRow of(Step step, List<CheckResult> results, String state) {
            return new StepRow(step.title(), state, RunSummary.of(results));
        }
    }
}
