package org.clusterwright.ui.viewmodel;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.clusterwright.check.Groups;
import org.clusterwright.cluster.verify.BalancerReport;
import org.clusterwright.cluster.verify.NodeRow;
import org.clusterwright.cluster.verify.VerifyPlan;
import org.clusterwright.engine.Step;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Step 5 behind its page. A run asks every node for its health and reads every node's EncryptionKey again, since
 * a verification is about the cluster as it is now, not as the key step last saw it; the node grid and the balancer
 * chart are redrawn from the run's findings as each result arrives.
 */
public final class VerifyStepViewModel {
    private static final List<Step> STEPS = List.of(Step.ENCRYPTION_KEY, Step.VERIFY);

    private final WizardModel model;
    private final CheckRunViewModel checks;
    private final ObservableList<NodeRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Optional<BalancerReport>> balancer = new SimpleObjectProperty<>(Optional.empty());

    public VerifyStepViewModel(WizardModel model, CheckRunViewModel checks) {
        this.model = model;
        this.checks = checks;
        checks.customise(planner -> planner.plan(model.profile(), model.secrets(), STEPS), run -> refresh());
        checks.results().addListener((ListChangeListener<Object>) change -> refresh());
    }

    public CheckRunViewModel checks() {
        return checks;
    }

    /** One row per node of the last run, in profile order; empty before the first run. */
    public ObservableList<NodeRow> rows() {
        return rows;
    }

    /** What the balancer sample showed, once {@code verify.balancer} has run with a URL to probe. */
    public ReadOnlyObjectProperty<Optional<BalancerReport>> balancerProperty() {
        return balancer;
    }

    /** The version most nodes report, against which the grid marks the odd ones; empty when none reported one. */
    public String commonVersion() {
        return majority(NodeRow::version);
    }

    /**
     * The cluster's key fingerprint, against which the grid marks the odd ones: the one the key step chose, as
     * {@code verify.key} judges, else the one most nodes read.
     */
    public String commonFingerprint() {
        String chosen = model.profile().getEncryptionKey().getFingerprint();
        return chosen == null || chosen.isBlank() ? majority(NodeRow::keyFingerprint) : chosen;
    }

    /** The value most rows have; empty when no row has one or two values tie, since then no row is the odd one. */
    private String majority(Function<NodeRow, String> value) {
        Groups groups = new Groups();
        rows.forEach(row -> {
            if (!value.apply(row).isEmpty()) {
                groups.add(value.apply(row), row.target());
            }
        });
        return groups.majority();
    }

    private void refresh() {
        checks.findings().ifPresent(found -> {
            rows.setAll(VerifyPlan.rows(model.profile(), found));
            balancer.set(VerifyPlan.balancer(found));
        });
    }
}
