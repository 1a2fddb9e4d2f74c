package org.clusterwright.ui.pages;

import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.clusterwright.cluster.HaChecklist;
import org.clusterwright.cluster.HaItem;
import org.clusterwright.engine.Step;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeRole;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.ProfileProblem.Section;
import org.clusterwright.ui.dialogs.SummaryGate;
import org.clusterwright.ui.viewmodel.ChangeSummary.Action;
import org.clusterwright.ui.viewmodel.CheckRunViewModel;
import org.clusterwright.ui.viewmodel.PageId;
import org.clusterwright.ui.viewmodel.RestartRunViewModel;
import org.clusterwright.ui.viewmodel.Times;
import org.clusterwright.ui.viewmodel.WizardModel;
import org.clusterwright.ui.widgets.CheckPanel;
import org.clusterwright.ui.widgets.PageLayout;
import org.clusterwright.ui.widgets.TextColumns;
import org.clusterwright.ui.widgets.WrappedText;
import org.controlsfx.control.ToggleSwitch;

import java.util.stream.Collectors;

/** Step 4: which nodes take part in the cluster, and what switching HA on means for this release line. */
public final class HighAvailabilityPage implements WizardPage {
    private final WizardModel model;
    private final CheckRunViewModel checks;
    private final TableView<ClusterNode> nodes = new TableView<>();
    private final VBox procedure = new VBox(4);
    private final TextArea restartPlan = new TextArea();
    private final RestartRunViewModel restarts;
    private final HostingQuestion hosting;
    private final WrappedText restartedBy = PageLayout.liveNote();
    private final Node view;

    private final SummaryGate summaries;

    public HighAvailabilityPage(WizardModel model, CheckRunViewModel checks, RestartRunViewModel restarts,
                                SummaryGate summaries) {
        this.model = model;
        this.checks = checks;
        this.restarts = restarts;
        this.hosting = new HostingQuestion(model, this::showProcedure);
        this.summaries = summaries;
        this.view = build();
        restarts.askWith(step -> RestartQuestionDialog.ask(view.getScene().getWindow(), step));
        restarts.keepLinesAcross(checks);
        // a run that ends with every node healthy ticks the restart item: show it ticked
        restarts.statusProperty().addListener((obs, was, now) -> showProcedure());
    }

    @Override
    public PageId id() {
        return PageId.HIGH_AVAILABILITY;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void entering() {
        nodes.setItems(FXCollections.observableList(model.profile().getNodes()));
        nodes.refresh();
        hosting.refresh();
        showProcedure();
    }

    private Node build() {
        nodes.setId("ha-nodes");
        nodes.setPrefHeight(150);
        nodes.setMinHeight(130);
        nodes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        nodes.getColumns().add(haColumn());
        nodes.getColumns().add(TextColumns.<ClusterNode>of("Server", ClusterNode::getName));
        nodes.getColumns().add(TextColumns.<ClusterNode>of("Roles", n -> n.getRoles().stream().map(NodeRole::id).collect(Collectors.joining(", "))));
        nodes.getColumns().add(TextColumns.<ClusterNode>ofLong("Base URL", ClusterNode::getBaseUrl));
        // the base URL is the longest value: the other columns keep to what they hold, even at 1024 pixels
        nodes.getColumns().get(1).setPrefWidth(120);
        nodes.getColumns().get(2).setPrefWidth(110);
        nodes.getColumns().get(3).setPrefWidth(220);
        procedure.setId("ha-procedure");
        entering();

        Node timers = PageLayout.note("Heartbeat " + HaChecklist.HEARTBEAT_SECONDS + " s and stale timer "
                + HaChecklist.STALE_TIMER_MINUTES + " min are the product's defaults (Advanced tab of the cluster "
                + "dialog). Inedo advises against lower values: failovers would happen too readily.");
        CheckPanel checkPanel = new CheckPanel(checks, model.runningProperty(Step.HIGH_AVAILABILITY), "_Check");
        return PageLayout.withChecks(checkPanel, "Step 4: High availability",
                "Choose which servers take part. A server switched off stays in the profile, drained: the load "
                        + "balancer must not send it traffic. Then switch High Availability on in the product and "
                        + "restart each node, one at a time.",
                PageLayout.section("Servers in the cluster"), nodes, hosting.view(),
                PageLayout.section("Switching High Availability on"), procedure, timers,
                PageLayout.section("Restarting each server"), restartSection());
    }

    /** The product's HA items, each ticked by the person who did it (recorded in the profile), and the restart plan. */
    private void showProcedure() {
        Profile profile = model.profile();
        HaChecklist checklist = new HaChecklist(profile);
        procedure.getChildren().clear();
        for (HaItem item : checklist.items()) {
            CheckBox done = new CheckBox((item.node().isEmpty() ? "" : item.node() + ": ") + item.text());
            done.getStyleClass().add("ha-item");
            done.setWrapText(true);
            done.setMinHeight(Region.USE_PREF_SIZE);
            done.setSelected(item.confirmed());
            done.selectedProperty().addListener((obs, was, now) -> {
                if (now) {
                    checklist.tick(item.key());
                } else {
                    checklist.untick(item.key());
                }
                model.edited(Section.HIGH_AVAILABILITY);
            });
            procedure.getChildren().add(done);
            item.confirmedAt().ifPresent(at -> procedure.getChildren().add(PageLayout.note("    Ticked "
                    + Times.local(at) + (item.key().equals(HaChecklist.RESTART) && restartedAllHealthy()
                    ? " by the restart run: every node answered healthy before the next (ha.restart)." : "."))));
            if (!item.link().isBlank()) {
                procedure.getChildren().add(PageLayout.note("    " + item.link()));
            }
        }
        restartPlan.setText(restarts.plan().text());
        restartedBy.setText(restarts.restartedBy());
    }

    private boolean restartedAllHealthy() {
        var lines = model.results(Step.HIGH_AVAILABILITY).stream()
                .filter(r -> r.id().equals(org.clusterwright.cluster.restart.NodeRestart.ID)).toList();
        return !lines.isEmpty() && lines.stream().allMatch(r -> r.status() == org.clusterwright.check.Status.PASS);
    }

    private Node restartSection() {
        restartPlan.setId("restart-plan");
        restartPlan.setEditable(false);
        restartPlan.getStyleClass().add("monospace");
        restartPlan.setPrefRowCount(7);
        Button copy = new Button("Cop_y the restart plan");
        copy.setId("copy-restart-plan");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(restartPlan.getText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        Button run = new Button("_Run the restart plan");
        run.setId("run-restart-plan");
        TableView<RestartRunViewModel.Row> progress = restartProgress();
        run.setOnAction(e -> summaries.beforeApplying(view.getScene().getWindow(), Action.RESTART, () -> {
            restarts.run();
            // the page scrolls to the focused control: the progress comes into view and the keys move through it
            progress.requestFocus();
        }, restarts::say));
        run.disableProperty().bind(restarts.busyProperty());
        restartedBy.setId("restarted-by");
        WrappedText status = PageLayout.liveNote();
        status.setId("restart-status");
        status.textProperty().bind(restarts.statusProperty());
        return new VBox(6, PageLayout.note("One server at a time: restart it, wait until its /health answers healthy,"
                + " then the next, so the cluster keeps serving throughout."), restartPlan,
                new javafx.scene.layout.HBox(8, run, copy), restartedBy, progress, status);
    }

    /** Each node's line while the plan runs: its turn, its restart, what its health says until it is back. */
    private TableView<RestartRunViewModel.Row> restartProgress() {
        TableView<RestartRunViewModel.Row> table = new TableView<>(restarts.rows());
        table.setId("restart-progress");
        table.setPrefHeight(130);
        table.setMinHeight(110);
        table.setPlaceholder(new Label("Not run in this session."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<RestartRunViewModel.Row, String> server = TextColumns.of("Server", RestartRunViewModel.Row::target);
        server.setPrefWidth(140);
        TableColumn<RestartRunViewModel.Row, String> how = TextColumns.ofLong("Restarted", RestartRunViewModel.Row::how);
        how.setPrefWidth(220);
        table.getColumns().add(server);
        table.getColumns().add(how);
        table.getColumns().add(TextColumns.ofLive("Now", RestartRunViewModel.Row::state));
        return table;
    }

    private TableColumn<ClusterNode, ClusterNode> haColumn() {
        TableColumn<ClusterNode, ClusterNode> column = new TableColumn<>("In cluster");
        column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final ToggleSwitch toggle = new ToggleSwitch();

            {
                toggle.selectedProperty().addListener((obs, was, now) -> {
                    toggle.setText(now ? "in" : "drained");
                    ClusterNode node = getItem();
                    if (node != null && node.isHaEnabled() != now) {
                        node.setHaEnabled(now);
                        model.edited(Section.HIGH_AVAILABILITY);
                    }
                });
            }

            @Override
            protected void updateItem(ClusterNode node, boolean empty) {
                super.updateItem(node, empty);
                if (empty || node == null) {
                    setGraphic(null);
                } else {
                    toggle.setSelected(node.isHaEnabled());
                    toggle.setText(node.isHaEnabled() ? "in" : "drained");
                    setGraphic(toggle);
                }
            }
        });
        column.setPrefWidth(110);
        column.setMinWidth(110);
        return column;
    }
}
