package org.clusterwright.ui.pages;

import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.VBox;
import org.clusterwright.cluster.verify.BalancerReport;
import org.clusterwright.cluster.verify.NodeRow;
import org.clusterwright.ui.viewmodel.VerifyStepViewModel;
import org.clusterwright.ui.widgets.PageLayout;
import org.clusterwright.ui.widgets.WrappedText;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the balancer spread its requests over the nodes, as a small bar chart with the figures in words beneath, so a
 * node that never answered or a drained node that still gets traffic is seen at a glance.
 */
final class BalancerChart extends VBox {
    private final VerifyStepViewModel viewModel;
    private final CategoryAxis nodes = new CategoryAxis();
    private final NumberAxis requests = new NumberAxis();
    private final BarChart<String, Number> chart = new BarChart<>(nodes, requests);
    private final WrappedText figures = PageLayout.liveNote();

    BalancerChart(VerifyStepViewModel viewModel) {
        super(6);
        this.viewModel = viewModel;
        setId("balancer");
        chart.setId("balancer-chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(190);
        chart.setMinHeight(160);
        chart.setCategoryGap(24);
        nodes.setLabel("Serving node");
        requests.setLabel("Requests");
        requests.setMinorTickVisible(false);
        requests.setTickUnit(1);
        figures.setId("balancer-figures");
        getChildren().addAll(figures, chart);
        viewModel.balancerProperty().addListener((obs, was, now) -> show(now));
        show(Optional.empty());
    }

    private void show(Optional<BalancerReport> report) {
        figures.setText(report.map(BalancerChart::describe)
                .orElse("Verify sends a series of requests to the balancer's /health and shows here which node served each."));
        boolean spread = report.map(BalancerReport::namesNodes).orElse(false);
        chart.setVisible(spread);
        chart.setManaged(spread);
        chart.getData().clear();
        if (spread) {
            chart.getData().add(series(report.get()));
            wholeRequests(report.get().distribution().values().stream().mapToInt(Integer::intValue).max().orElse(1));
        }
    }

    private XYChart.Series<String, Number> series(BalancerReport report) {
        Set<String> drained = viewModel.rows().stream().filter(row -> !row.inCluster()).map(NodeRow::target)
                .collect(Collectors.toSet());
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (Map.Entry<String, Integer> served : report.distribution().entrySet()) {
            String node = served.getKey() + (drained.contains(served.getKey()) ? " (drained)" : "");
            series.getData().add(new XYChart.Data<>(node + ": " + served.getValue(), served.getValue()));
        }
        return series;
    }

    /** Requests are counted whole: the axis runs from 0 to the largest count in whole steps, never 2.5 requests. */
    private void wholeRequests(int most) {
        int step = Math.max(1, (int) Math.ceil(most / 5.0));
        requests.setAutoRanging(false);
        requests.setLowerBound(0);
        requests.setTickUnit(step);
        requests.setUpperBound(Math.max(step, (int) Math.ceil(most / (double) step) * step));
        requests.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number value) {
                return String.valueOf(value.intValue());
            }

            @Override
            public Number fromString(String text) {
                return Integer.valueOf(text);
            }
        });
    }

    static String describe(BalancerReport report) {
        String answered = report.succeeded() + " of " + report.samples().size() + " requests to " + report.url()
                + " succeeded; latency p50 " + report.percentile(50) + " ms, p95 " + report.percentile(95) + " ms.";
        return report.namesNodes()
                ? answered + " Served, by the " + report.header() + " header: " + report.describeDistribution() + "."
                : answered + " The balancer named no serving node (no " + report.header() + " header).";
    }
}
