package org.clusterwright.cluster.verify;

import org.clusterwright.check.Outcome;
import org.clusterwright.check.Status;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeAccess;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The balancer verdict on samples whose shape a real balancer would take longer to arrange. */
class BalancerVerdictTest {
    private final List<ClusterNode> nodes = List.of(node("a"), node("b"), node("c"));

    @Test
    void everyRequestToOneNodeIsCalledOutAsASignOfStickySessions() {
        Outcome outcome = judge(samples(12, i -> "a", List.of()));

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).startsWith("b, c never answered").contains("Every request went to a")
                .contains("sticky sessions");
    }

    @Test
    void anAffinityCookieIsAWarningWithTheGuidesAdvice() {
        Outcome outcome = judge(samples(12, i -> List.of("a", "b", "c").get(i % 3), List.of("SERVERID")));

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.summary()).contains("affinity cookie SERVERID");
        assertThat(outcome.remedy()).contains("not needed");
    }

    @Test
    void withoutTheNodeHeaderOnlyTheAnswersAreJudged() {
        Outcome outcome = judge(samples(6, i -> "", List.of()));

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.summary()).contains("no X-Served-By header");
        assertThat(outcome.evidence()).doesNotContainKey("distribution").containsEntry("succeeded", "6");
    }

    @Test
    void aFailedRequestFailsTheCheckAndAnEvenSpreadPasses() {
        List<BalancerSample> samples = new ArrayList<>(samples(9, i -> List.of("a", "b", "c").get(i % 3), List.of()));
        assertThat(judge(samples).status()).isEqualTo(Status.PASS);
        assertThat(judge(samples).evidence()).containsEntry("distribution", "a=3, b=3, c=3");

        samples.set(4, new BalancerSample(4, 502, false, 3, "", "HTTP 502: Bad Gateway", List.of()));
        Outcome outcome = judge(samples);
        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).startsWith("1 of 9 requests through the balancer failed (first: request 5, HTTP 502");
    }

    @Test
    void aBalancerThatNeverAnsweredIsNamedAsSuch() {
        Outcome outcome = judge(List.of(new BalancerSample(0, 0, false, 1500, "", "No answer within 1500 ms.", List.of())));

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).contains("gave no good answer: No answer within 1500 ms.");
    }

    private Outcome judge(List<BalancerSample> samples) {
        BalancerReport report = new BalancerReport("http://lb/", "X-Served-By", samples.size(), samples,
                List.of("a", "b", "c"), "");
        return new BalancerVerdict(nodes).judge(report);
    }

    private static List<BalancerSample> samples(int count, java.util.function.IntFunction<String> servedBy, List<String> cookies) {
        List<BalancerSample> samples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            samples.add(new BalancerSample(i, 200, true, 2 + i % 3, servedBy.apply(i), "", cookies));
        }
        return samples;
    }

    private static ClusterNode node(String name) {
        return new ClusterNode(name, name, NodeAccess.MANUAL, "http://" + name + ":8624/");
    }
}
