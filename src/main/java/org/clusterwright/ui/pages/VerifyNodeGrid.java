package org.clusterwright.ui.pages;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.clusterwright.cluster.verify.NodeRow;
import org.clusterwright.ui.viewmodel.VerifyStepViewModel;
import org.clusterwright.ui.widgets.TextColumns;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Step 5's per-node grid: health in a word, the statuses the node reported, its version and its key fingerprint.
 * A version or key that differs from the cluster's is marked with a sign and a word as well as a colour.
 */
final class VerifyNodeGrid {
    private static final double ROW_HEIGHT = 26;
    private static final double HEADER_HEIGHT = 56;
    private static final List<String> CELL_STATES = List.of("state-pass", "state-warn", "state-fail", "state-ready");

    private VerifyNodeGrid() {
    }

    static TableView<NodeRow> of(VerifyStepViewModel viewModel) {
        TableView<NodeRow> grid = new TableView<>(viewModel.rows());
        grid.setId("verify-nodes");
        grid.setPrefHeight(150);
        grid.setMinHeight(120);
        grid.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        grid.setPlaceholder(new Label("Verify to see every node's health, version and key."));
        grid.getColumns().add(width(styled("Server", NodeRow::target, row -> ""), 64));
        grid.getColumns().add(width(styled("Cluster", row -> row.inCluster() ? "in" : "drained", row -> ""), 58));
        grid.getColumns().add(width(styled("Health", VerifyNodeGrid::health, VerifyNodeGrid::healthState), 104));
        grid.getColumns().add(reported());
        grid.getColumns().add(width(odd("Version", NodeRow::version, viewModel::commonVersion, Function.identity()), 140));
        grid.getColumns().add(width(odd("Key", NodeRow::keyFingerprint, viewModel::commonFingerprint, VerifyNodeGrid::shorten), 146));
        grid.getColumns().add(width(styled("Problem", NodeRow::problem, row -> ""), 96));
        // as tall as its rows: the balancer chart below should not be pushed out of sight by empty lines
        grid.setFixedCellSize(ROW_HEIGHT);
        grid.prefHeightProperty().bind(javafx.beans.binding.Bindings.max(3, javafx.beans.binding.Bindings.size(grid.getItems()))
                .multiply(ROW_HEIGHT).add(HEADER_HEIGHT));
        grid.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return grid;
    }

    /** What the node's /health said of its database, license and service, under one heading. */
    private static TableColumn<NodeRow, String> reported() {
        TableColumn<NodeRow, String> reported = new TableColumn<>("Reported by the node");
        reported.getColumns().add(width(styled("Database", NodeRow::database, row -> ""), 84));
        reported.getColumns().add(width(styled("License", NodeRow::license, row -> ""), 64));
        reported.getColumns().add(width(styled("Service", NodeRow::service, row -> ""), 62));
        return reported;
    }


    static String health(NodeRow row) {
        return switch (row.health()) {
            case PENDING -> "asking…";
            case HEALTHY -> "\u2714 healthy";
            case UNHEALTHY -> "\u2716 unhealthy";
            case UNREACHABLE -> "\u2716 no answer";
            case NO_ENDPOINT -> "\u2013 no /health";
        };
    }

    private static String healthState(NodeRow row) {
        return switch (row.health()) {
            case HEALTHY -> "state-pass";
            case UNHEALTHY, UNREACHABLE -> "state-fail";
            case NO_ENDPOINT -> "state-warn";
            case PENDING -> "state-ready";
        };
    }

    /** A column whose value is marked when it differs from what the cluster has in common. */
    private static TableColumn<NodeRow, String> odd(String title, Function<NodeRow, String> value, Supplier<String> common,
                                                    Function<String, String> shown) {
        return styled(title, row -> {
            String text = value.apply(row);
            return isOdd(text, common.get()) ? "\u26A0 " + shown.apply(text) + " (differs)" : shown.apply(text);
        }, row -> isOdd(value.apply(row), common.get()) ? "state-fail" : "");
    }

    /** A key fingerprint shortened to the 8 characters a person compares, as Git shows commits. */
    private static String shorten(String fingerprint) {
        return fingerprint.length() > 8 ? fingerprint.substring(0, 8) : fingerprint;
    }

    private static boolean isOdd(String value, String common) {
        return !value.isEmpty() && !common.isEmpty() && !value.equals(common);
    }

    private static TableColumn<NodeRow, String> styled(String title, Function<NodeRow, String> text,
                                                       Function<NodeRow, String> state) {
        TableColumn<NodeRow, String> column = TextColumns.of(title, text);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll(CELL_STATES);
                NodeRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new javafx.scene.control.Tooltip(item));
                if (row != null && !state.apply(row).isEmpty()) {
                    getStyleClass().add(state.apply(row));
                }
            }
        });
        return column;
    }

    private static <T> TableColumn<NodeRow, T> width(TableColumn<NodeRow, T> column, double width) {
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 70));
        return column;
    }
}
