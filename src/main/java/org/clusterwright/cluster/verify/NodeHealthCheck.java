package org.clusterwright.cluster.verify;

import org.clusterwright.check.Check;
import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;
import org.clusterwright.cluster.health.HealthAnswer;
import org.clusterwright.cluster.health.HealthComponent;
import org.clusterwright.cluster.health.HealthFormat;
import org.clusterwright.cluster.health.HealthProbe;
import org.clusterwright.cluster.health.HealthReport;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.Product;

import java.util.stream.Collectors;

/**
 * {@code verify.health}: asks a node for its {@code /health} directly (not through the balancer). The answer is
 * published for the version comparison and the wizard's grid; evidence carries the database, license and service
 * statuses and the version, for the report.
 */
final class NodeHealthCheck implements Check {
    static final CheckId ID = CheckId.of("verify.health");

    private final ClusterNode node;
    private final Product product;
    private final String restartWords;
    private final HealthProbe probe;
    private final VerifyOptions options;

    /** {@code restartWords}: what restarting the node restarts, for the remedy of a service that is down. */
    NodeHealthCheck(ClusterNode node, Product product, String restartWords, HealthProbe probe, VerifyOptions options) {
        this.node = node;
        this.product = product;
        this.restartWords = restartWords;
        this.probe = probe;
        this.options = options;
    }

    @Override
    public CheckId id() {
        return ID;
    }

    @Override
    public Outcome run(CheckContext context) throws InterruptedException {
        HealthAnswer answer = probe.probe(node.getBaseUrl(), options.healthTimeout());
        context.publish(VerifyPlan.HEALTH_ANSWER, answer);
        Outcome outcome = judge(answer).withEvidence("inCluster", node.isHaEnabled())
                .withEvidence("millis", answer.millis());
        if (answer.report().isPresent()) {
            HealthReport report = answer.report().get();
            outcome = outcome.withEvidence("format", report.format()).withEvidence("httpStatus", report.httpStatus());
            for (HealthComponent component : report.components()) {
                outcome = outcome.withEvidence(component.name().replace(' ', '-'), component.status());
            }
            if (!report.version().isEmpty()) {
                outcome = outcome.withEvidence("version", report.version());
            }
        }
        return outcome;
    }

    private Outcome judge(HealthAnswer answer) {
        String name = node.targetName();
        if (answer.report().isEmpty()) {
            return unhealthy(answer.unreachable(), "Check that " + name + " is up and that its base URL "
                    + node.getBaseUrl() + " is reachable from here (firewall, port, WebServer Urls).");
        }
        HealthReport report = answer.report().get();
        if (report.format() == HealthFormat.NOT_FOUND) {
            return notFound(name, answer);
        }
        if (report.healthy()) {
            String version = report.version().isEmpty() ? "" : " (version " + report.version() + ")";
            String statuses = report.components().isEmpty() ? "OK"
                    : report.components().stream().map(HealthComponent::describe).collect(Collectors.joining(", "));
            return Outcome.pass(name + " is healthy" + version + ": " + statuses + ".");
        }
        if (report.format() == HealthFormat.UNRECOGNISED) {
            return unhealthy(name + " did not answer like an Inedo health endpoint. " + report.problem(),
                    "Check that " + node.getBaseUrl() + " is the node's own " + product + " address, not a login"
                            + " page or another site.");
        }
        return unhealthy(name + " is unhealthy: " + problemOf(report) + ".", remedyFor(report));
    }

    private Outcome notFound(String name, HealthAnswer answer) {
        if (!product.documentsHealth()) {
            if (answer.alive()) {
                // the probe a balancer and the restart waits use for this product: the node's web application runs
                return Outcome.pass(name + " is up: its web root answered HTTP " + answer.webRootStatus() + ". "
                        + product + " documents no /health (it answered 404), so its database and license are not"
                        + " reported here; Administration > Cluster Overview on the node shows them.")
                        .withEvidence("webRootStatus", answer.webRootStatus());
            }
            return unhealthy(name + " has no /health (404, which " + product + " does not document) and its web root"
                    + " answered " + (answer.webRootStatus() == 0 ? "nothing" : "HTTP " + answer.webRootStatus()) + ".",
                    "Open " + node.getBaseUrl() + " on the node and look at " + product + "'s service log.");
        }
        return unhealthy(name + " has no /health endpoint (404).", "Check the base URL " + node.getBaseUrl()
                + ": it must be the root of the " + product + " site (health has existed since ProGet 5.2.9 and"
                + " BuildMaster 6.2).");
    }

    private Outcome unhealthy(String summary, String remedy) {
        if (!node.isHaEnabled()) {
            // a drained node takes no traffic, so its trouble matters only before it is put back
            return Outcome.warn("(drained) " + summary, remedy + " Fix it before putting the node back in the cluster.");
        }
        return Outcome.fail(summary, remedy);
    }

    private static String problemOf(HealthReport report) {
        if (!report.failing().isEmpty()) {
            return report.failing().stream().map(HealthComponent::describe).collect(Collectors.joining("; "));
        }
        return report.problem().isEmpty() ? "HTTP " + report.httpStatus() : report.problem();
    }

    private String remedyFor(HealthReport report) {
        StringBuilder remedy = new StringBuilder();
        report.component(HealthReport.DATABASE).filter(c -> !c.ok()).ifPresent(c -> remedy.append(
                "Check the node's connection string and that the shared database is up. "));
        report.component(HealthReport.LICENSE).filter(c -> !c.ok()).ifPresent(c -> remedy.append(
                "Check the license (a cluster needs an Enterprise license) under Administration > License. "));
        report.component(HealthReport.SERVICE).filter(c -> !c.ok()).ifPresent(c -> remedy.append("Start "
                + restartWords + " on " + node.targetName()
                + " and look at its log (Administration > Service). "));
        if (remedy.isEmpty()) {
            remedy.append("Open ").append(node.getBaseUrl()).append("health on the node to read the full answer, and fix"
                    + " what it names.");
        }
        return remedy.toString().strip();
    }
}
