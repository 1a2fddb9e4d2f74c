package org.clusterwright.cluster.verify;

import org.clusterwright.check.Outcome;
import org.clusterwright.profile.ClusterNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Judges a balancer sample: every request must succeed, drained nodes get nothing, in-cluster nodes all take part. */
final class BalancerVerdict {
    private final List<ClusterNode> nodes;
    private final List<String> failures = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> remedies = new ArrayList<>();

    BalancerVerdict(List<ClusterNode> nodes) {
        this.nodes = List.copyOf(nodes);
    }

    Outcome judge(BalancerReport report) {
        judgeAnswers(report);
        if (report.namesNodes()) {
            judgeDistribution(report);
        } else if (report.succeeded() > 0) {
            warn("The balancer names no serving node (no " + report.header() + " header), so the spread over the nodes"
                    + " cannot be seen.", "Add the " + report.header() + " header to the balancer ('clusterwright lb-config'"
                    + " writes configs that do).");
        }
        if (!report.affinityCookies().isEmpty()) {
            warn("The balancer sets the affinity cookie " + String.join(", ", report.affinityCookies())
                    + ": sticky sessions are on.", "Turn session affinity off: Inedo's guide says it is not needed when"
                    + " every node has the same EncryptionKey, and it hides a dead node from some users.");
        }
        return outcome(report);
    }

    private void judgeAnswers(BalancerReport report) {
        List<BalancerSample> failed = report.failures();
        if (report.succeeded() == 0 && !failed.isEmpty()) {
            fail("The balancer at " + report.url() + " gave no good answer: " + failed.get(0).error(),
                    "Check that the balancer is running and reachable from here, and that it has healthy nodes.");
        } else if (!failed.isEmpty()) {
            fail(failed.size() + " of " + report.samples().size() + " requests through the balancer failed (first: request "
                    + (failed.get(0).index() + 1) + ", " + failed.get(0).error() + ").",
                    "Find the node that answers badly (verify.health) and take it out of the balancer until it is fixed;"
                            + " check the balancer's retry settings.");
        }
        if (!report.stoppedEarly().isEmpty() && report.succeeded() > 0 && failed.isEmpty()) {
            warn(report.stoppedEarly() + " Answers through the balancer are slow (p95 " + report.percentile(95) + " ms).",
                    "Find the slow node (verify.health durations) or raise the timeout.");
        }
    }

    private void judgeDistribution(BalancerReport report) {
        Map<String, Integer> counts = report.distribution();
        List<String> inCluster = nodes.stream().filter(ClusterNode::isHaEnabled).map(ClusterNode::targetName).toList();
        for (ClusterNode node : nodes) {
            String target = node.targetName();
            int served = counts.getOrDefault(target, 0);
            if (!node.isHaEnabled() && served > 0) {
                fail("Drained node " + target + " received " + served + " of " + report.succeeded() + " requests.",
                        "Mark " + target + " down (or remove it) in the balancer's configuration and reload it.");
            }
        }
        long answered = report.succeeded();
        if (answered >= 2L * inCluster.size()) {
            List<String> silent = inCluster.stream().filter(t -> counts.getOrDefault(t, 0) == 0).toList();
            if (!silent.isEmpty()) {
                List<String> serving = inCluster.stream().filter(t -> counts.getOrDefault(t, 0) > 0).toList();
                String sticky = serving.size() == 1 && inCluster.size() > 1
                        ? " Every request went to " + serving.get(0) + ": a sign of sticky sessions (IP hash) or of a"
                                + " balancer that marks the others down." : "";
                fail(String.join(", ", silent) + (silent.size() == 1 ? " never answered" : " never answered")
                                + " through the balancer in " + answered + " requests." + sticky,
                        "Check that the balancer lists " + String.join(", ", silent) + ", that its health probe on /health"
                                + " passes there, and that session affinity is off.");
            }
        }
        if (answered >= 4L * inCluster.size()) {
            int lastIndex = report.samples().get(report.samples().size() - 1).index();
            for (String target : inCluster) {
                int last = report.lastServedBy(target);
                if (last >= 0 && last < lastIndex * 3 / 4) {
                    fail(target + " stopped answering through the balancer after request " + (last + 1) + " of "
                            + (lastIndex + 1) + ".", "Look at " + target + ": its service or web server may have stopped"
                            + " (verify.health), or the balancer took it out after errors.");
                }
            }
        }
    }

    private Outcome outcome(BalancerReport report) {
        String detail = "";
        Outcome outcome;
        if (!failures.isEmpty()) {
            outcome = Outcome.fail(first(failures), String.join(" ", remedies));
            detail = String.join("\n", concat(failures, warnings));
        } else if (!warnings.isEmpty()) {
            outcome = Outcome.warn(first(warnings), String.join(" ", remedies));
            detail = String.join("\n", warnings);
        } else {
            outcome = Outcome.pass("All " + report.succeeded() + " requests through the balancer succeeded"
                    + (report.namesNodes() ? "; spread: " + report.describeDistribution() : "") + ".");
        }
        return withFigures(outcome.withDetail(detail), report);
    }

    private static Outcome withFigures(Outcome outcome, BalancerReport report) {
        Outcome figures = outcome.withEvidence("url", report.url())
                .withEvidence("requests", report.samples().size())
                .withEvidence("succeeded", report.succeeded())
                .withEvidence("p50Millis", report.percentile(50))
                .withEvidence("p95Millis", report.percentile(95))
                .withEvidence("maxMillis", report.percentile(100));
        return report.namesNodes() ? figures.withEvidence("distribution", report.describeDistribution())
                .withEvidence("header", report.header()) : figures;
    }

    private void fail(String finding, String remedy) {
        failures.add(finding);
        remedies.add(remedy);
    }

    private void warn(String finding, String remedy) {
        warnings.add(finding);
        remedies.add(remedy);
    }

    private static String first(List<String> findings) {
        return findings.size() == 1 ? findings.get(0) : findings.get(0) + " (and " + (findings.size() - 1) + " more)";
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(Collectors.toList());
    }
}
