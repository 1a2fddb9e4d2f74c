package org.clusterwright.ui.pages;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.RunSummary;
import org.clusterwright.check.Status;
import org.clusterwright.engine.Step;
import org.clusterwright.report.ManualItem;
import org.clusterwright.report.ReportFormat;
import org.clusterwright.ui.dialogs.Documents;
import org.clusterwright.ui.dialogs.FileChoices;
import org.clusterwright.ui.dialogs.PathDialog;
import org.clusterwright.ui.viewmodel.PageId;
import org.clusterwright.ui.viewmodel.ReportStepViewModel;
import org.clusterwright.ui.viewmodel.WizardModel;
import org.clusterwright.ui.widgets.PageLayout;
import org.clusterwright.ui.widgets.TextColumns;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** The summary of every step's latest results, what is still to do by hand, and the checklist report's export. */
public final class ReportPage implements WizardPage {
    private final WizardModel model;
    private final ReportStepViewModel viewModel;
    private final TableView<StepRow> summary = new TableView<>();
    private final ListView<String> openItems = new ListView<>();
    private final Node view;

    private final FileChoices choices;
    /** Where the last export went this session; the next is offered there too. */
    private Path exportFolder = Documents.folder();

    public ReportPage(WizardModel model, ReportStepViewModel viewModel, FileChoices choices) {
        this.model = model;
        this.viewModel = viewModel;
        this.choices = choices;
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
            long expected = model.results(step).stream().filter(r -> model.expectedWhy(r).isPresent()).count();
            rows.add(StepRow.of(step, model.results(step), model.stateProperty(step).get().label(), expected));
        }
        summary.setItems(rows);
        openItems.setItems(FXCollections.observableArrayList(viewModel.openItems().stream().map(ReportPage::describe).toList()));
    }

    private Node build() {
        summary.setId("report-summary");
        summary.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        summary.setPrefHeight(190);
        summary.setMinHeight(180);
        summary.getColumns().add(column("Step", StepRow::step, 200));
        summary.getColumns().add(column("State", StepRow::state, 120));
        for (Status status : Status.values()) {
            summary.getColumns().add(column(status.name(), row -> row.count(status), status == Status.WARN ? 115 : 70));
        }
        openItems.setId("open-items");
        openItems.setPrefHeight(150);
        openItems.setPlaceholder(new Label("Nothing is left to do by hand."));
        // an item is a sentence or two with exact values: it wraps rather than scrolling sideways
        openItems.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(list.widthProperty().subtract(24));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        Label status = new Label();
        status.setId("export-result");
        status.setWrapText(true);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.textProperty().bind(viewModel.statusProperty());
        Button open = new Button("_Open the exported file");
        open.setId("open-export");
        open.disableProperty().bind(viewModel.busyProperty()
                .or(javafx.beans.binding.Bindings.createBooleanBinding(() -> viewModel.exportedProperty().get().isEmpty(),
                        viewModel.exportedProperty())));
        open.setOnAction(e -> viewModel.openExported((file, why) -> PathDialog.show(view.getScene().getWindow(),
                "The report could not be opened", "No program could open it here (" + why + "). It is saved at:",
                file.toString())));
        HBox exports = new HBox(8);
        for (ReportFormat format : ReportFormat.values()) {
            exports.getChildren().add(exportButton(format));
        }
        exports.getChildren().addAll(open, supportBundleButton());
        entering();
        return PageLayout.of("Report",
                "The change record of this cluster: every check with its evidence and remedy, every change with its "
                        + "backup, and what is done by hand, as boxes ticked or not. It holds fingerprints and references,"
                        + " never a password or key. Each export asks where to keep it.",
                summary, PageLayout.section("Still to do by hand"), openItems, PageLayout.section("Export"), exports,
                status);
    }

    private Button exportButton(ReportFormat format) {
        String name = switch (format) {
            case MD -> "_Markdown";
            case HTML -> "_HTML";
            case JSON -> "_JSON";
            case PDF -> "_PDF";
        };
        Button button = new Button(name);
        button.setId("export-" + format.id());
        button.disableProperty().bind(viewModel.busyProperty());
        button.setOnAction(e -> choices.fileToSave(view.getScene().getWindow(), "Export the report as "
                + format.id().toUpperCase(java.util.Locale.ROOT), exportFolder, viewModel.exportName(format),
                new FileChoices.Kind(format.id().toUpperCase(java.util.Locale.ROOT) + " files", "*." + format.extension()))
                .ifPresent(target -> {
                    exportFolder = target.toAbsolutePath().getParent();
                    viewModel.export(format, target);
                }));
        return button;
    }

    /** The same bundle as 'clusterwright diagnose', written where the user chooses. */
    private Button supportBundleButton() {
        Button button = new Button("Save a _support bundle…");
        button.setId("support-bundle");
        button.disableProperty().bind(viewModel.busyProperty());
        button.setOnAction(e -> {
            Path suggested = viewModel.supportBundleFile();
            choices.fileToSave(view.getScene().getWindow(), "Save a support bundle", exportFolder,
                    suggested.getFileName().toString(), new FileChoices.Kind("Zip files", "*.zip"))
                    .ifPresent(viewModel::saveSupportBundle);
        });
        return button;
    }

    private static String describe(ManualItem item) {
        return "\u2610 " + (item.node().isEmpty() ? "" : item.node() + ": ") + item.text();
    }

    private static TableColumn<StepRow, String> column(String title, Function<StepRow, String> value, double width) {
        TableColumn<StepRow, String> column = TextColumns.of(title, value);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 90));
        return column;
    }

    /** {@code expected}: how many of the step's warnings the open profile is bound to get (the demo lab's). */
    record StepRow(String step, String state, RunSummary counts, long expected) {
        static StepRow of(Step step, List<CheckResult> results, String state, long expected) {
            return new StepRow(step.title(), state, RunSummary.of(results), expected);
        }

        String count(Status status) {
            int count = counts.count(status);
            return status == Status.WARN && expected > 0 ? count + " (" + expected + " expected)" : String.valueOf(count);
        }
    }
}
