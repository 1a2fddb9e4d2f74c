package org.clusterwright.ui.viewmodel;

import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Status;
import org.clusterwright.engine.Step;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.ProfileProblem.Section;
import org.clusterwright.profile.ProfileStore;
import org.clusterwright.profile.VersionLine;
import org.clusterwright.secrets.InMemorySecretStore;
import org.clusterwright.testing.SimulatedNode.Format;
import org.clusterwright.testing.SimulatedNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wizard's restart run outside a lab: the person is asked for each node in turn, each node's health is awaited
 * before the next question, and stopping the plan leaves the remaining nodes running, all recorded for the report.
 */
class RestartRunViewModelTest {

    @Test
    void eachNodeIsAskedForInTurnAndStoppingLeavesTheRestRunning() throws Exception {
        try (SimulatedNode a = new SimulatedNode("proget-1", Format.PROGET_2025);
             SimulatedNode b = new SimulatedNode("proget-2", Format.PROGET_2025);
             SimulatedNode c = new SimulatedNode("proget-3", Format.PROGET_2025)) {
            WizardModel model = modelWith(a, b, c);
            // three health polls two seconds apart take four seconds: a loaded two-core machine needs room beyond that
            RestartRunViewModel run = new RestartRunViewModel(model, Runnable::run, Duration.ofSeconds(20));
            List<String> asked = new CopyOnWriteArrayList<>();
            run.askWith(step -> {
                asked.add(step.target());
                if (step.target().equals("proget-1")) {
                    // the node goes down for two health answers, as a service coming back up does
                    a.restarting(2);
                    return true;
                }
                return false;
            });
            CountDownLatch finished = new CountDownLatch(1);
            run.statusProperty().addListener((obs, was, now) -> {
                if (!now.startsWith("Restarting")) {
                    finished.countDown();
                }
            });

            assertThat(run.restartedBy()).startsWith("You restart each node");
            run.run();

            assertThat(finished.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(asked).containsExactly("proget-1", "proget-2");
            assertThat(a.healthRequests()).as("waited for proget-1's health").isGreaterThanOrEqualTo(3);
            assertThat(run.statusProperty().get()).isEqualTo("Restarted and healthy again: 1 of 3. See each node's line.");
            assertThat(run.rows()).extracting(row -> row.state().get()).satisfiesExactly(
                    first -> assertThat(first).startsWith("healthy again (healthy after 3 health polls"),
                    second -> assertThat(second).isEqualTo("not restarted: you stopped the plan here"),
                    third -> assertThat(third).isEqualTo("left running: proget-2 did not come back, so no other node "
                            + "was taken down."));
            assertThat(model.results(Step.HIGH_AVAILABILITY)).extracting(CheckResult::target, CheckResult::status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("proget-1", Status.PASS),
                            org.assertj.core.groups.Tuple.tuple("proget-2", Status.FAIL),
                            org.assertj.core.groups.Tuple.tuple("proget-3", Status.SKIP));
            // the profile has no file yet: the run is kept for its journal until it is saved
            assertThat(model.journal().entries()).singleElement().satisfies(recorded -> {
                assertThat(recorded.action()).isEqualTo("restart");
                assertThat(recorded.steps()).containsExactly("ha");
                assertThat(recorded.results()).extracting(CheckResult::target)
                        .containsExactly("proget-1", "proget-2", "proget-3");
            });
        }
    }

    @Test
    void aProfileWithoutServersHasNothingToRestartAndSaysWhereToAddThem() {
        WizardModel model = modelWith();
        RestartRunViewModel run = new RestartRunViewModel(model, Runnable::run, Duration.ofSeconds(5));

        run.run();

        assertThat(run.statusProperty().get()).isEqualTo("No server to restart: add the servers on the Database and "
                + "servers page first.");
        assertThat(run.rows()).isEmpty();
        assertThat(model.results(Step.HIGH_AVAILABILITY)).noneMatch(r -> r.id().value().equals("ha.restart"));
    }

    private static WizardModel modelWith(SimulatedNode... simulated) {
        WizardModel model = new WizardModel(new ProfileStore(), new InMemorySecretStore());
        model.newProfile(Product.PROGET, "restarts");
        model.profile().setVersionLine(VersionLine.V2025_AND_NEWER);
        model.profile().setNodes(java.util.Arrays.stream(simulated)
                .map(node -> new ClusterNode(node.name(), "127.0.0.1", NodeAccess.WINDOWS_SMB, node.baseUrl()))
                .toList());
        model.edited(Section.NODES);
        return model;
    }
}
