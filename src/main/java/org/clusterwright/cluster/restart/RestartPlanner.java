package org.clusterwright.cluster.restart;

import org.clusterwright.cluster.health.HealthUrls;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.clusterwright.cluster.restart.CommandLines.powerShellQuoted;
import static org.clusterwright.cluster.restart.CommandLines.powerShellUntilHealthy;
import static org.clusterwright.cluster.restart.CommandLines.shellQuoted;
import static org.clusterwright.cluster.restart.CommandLines.shellUntilHealthy;

/**
 * Plans the restart Inedo's guide asks for after switching HA on: every node, one at a time. Drained nodes go first,
 * since they carry no traffic; then the nodes in the cluster, in profile order, so at most one of them is down at once.
 * Windows nodes get PowerShell remoting, or plain PowerShell when their config sits in a folder of this machine (the
 * service runs here too); Docker nodes get docker commands; each step ends with a wait for /health.
 */
public final class RestartPlanner {
    private RestartPlanner() {
    }

    public static RestartPlan plan(Profile profile) {
        List<String> services = profile.getVersionLine().services(profile.getProduct());
        List<ClusterNode> ordered = new ArrayList<>(profile.getNodes().stream().filter(n -> !n.isHaEnabled()).toList());
        ordered.addAll(profile.getNodes().stream().filter(ClusterNode::isHaEnabled).toList());
        List<RestartStep> steps = new ArrayList<>();
        for (ClusterNode node : ordered) {
            steps.add(node.getAccess() == NodeAccess.DOCKER ? docker(node) : windows(node, services, profile));
        }
        return new RestartPlan("Restart the " + profile.getProduct() + " nodes (" + profile.getVersionLine().displayName()
                + ": " + String.join(", ", services) + ")", steps);
    }

    /**
     * A Kubernetes workload: {@code kubectl rollout restart} replaces the pods one by one, each waiting for its
     * readiness, so the rollout itself is the one-at-a-time restart; {@code rollout status} waits for its end.
     */
    public static RestartPlan kubernetes(String kind, String name, String namespace, String balancerUrl) {
        String workload = kind.toLowerCase(Locale.ROOT) + "/" + name;
        String ns = namespace == null || namespace.isBlank() ? "" : " -n " + shellQuoted(namespace);
        List<String> commands = List.of(
                "kubectl rollout restart " + shellQuoted(workload) + ns,
                "kubectl rollout status " + shellQuoted(workload) + ns + " --timeout=30m");
        return new RestartPlan("Restart the pods of " + workload,
                List.of(new RestartStep(workload, true, "rolling restart, one pod at a time", commands, balancerUrl)));
    }

    private static RestartStep windows(ClusterNode node, List<String> services, Profile profile) {
        String names = services.stream().map(CommandLines::powerShellQuoted).collect(Collectors.joining(", "));
        boolean local = node.getLocalConfigFolder() != null;
        List<String> commands = new ArrayList<>();
        Product product = profile.getProduct();
        commands.addAll(switch (profile.getVersionLine().procedure().webServer()) {
            case WEB_SERVICE_OR_IIS -> List.of("# if " + product + "'s web application runs in IIS, recycle its"
                    + " application pool instead of " + product.webServiceName());
            case IN_SERVICE, WEB_SERVICE -> List.of();
        });
        String restart = "Restart-Service -Name " + names;
        commands.add(local ? restart
                : "Invoke-Command -ComputerName " + powerShellQuoted(node.getHost()) + " -ScriptBlock { " + restart + " }");
        String health = healthUrl(node);
        if (!health.isEmpty()) {
            commands.add(powerShellUntilHealthy(health));
        }
        return new RestartStep(node.targetName(), node.isHaEnabled(),
                local ? "PowerShell on this machine, which holds the node's config folder" : "PowerShell remoting", commands,
                node.getBaseUrl());
    }

    private static RestartStep docker(ClusterNode node) {
        List<String> commands = new ArrayList<>();
        String file = node.getEnvFile();
        if (file != null && (file.endsWith(".yml") || file.endsWith(".yaml"))) {
            commands.add("# restarts every service of this compose file; add the product's service name to restart only it");
            commands.add("docker compose -f " + shellQuoted(file) + " restart");
        } else {
            commands.add("# the container's name; change it if yours is named otherwise");
            commands.add("docker restart " + shellQuoted(node.targetName()));
        }
        String health = healthUrl(node);
        if (!health.isEmpty()) {
            commands.add(shellUntilHealthy(health));
        }
        return new RestartStep(node.targetName(), node.isHaEnabled(), "Docker", commands, node.getBaseUrl());
    }

    private static String healthUrl(ClusterNode node) {
        try {
            return HealthUrls.health(node.getBaseUrl()).toString();
        } catch (IllegalArgumentException noUsableUrl) {
            return "";
        }
    }
}
