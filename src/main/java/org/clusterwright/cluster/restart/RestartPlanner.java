package org.clusterwright.cluster.restart;

import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.WebHosting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.clusterwright.cluster.restart.CommandLines.powerShellQuoted;
import static org.clusterwright.cluster.restart.CommandLines.shellQuoted;

/**
 * Plans the restart Inedo's guide asks for after switching HA on: every node, one at a time. Drained nodes go first,
 * since they carry no traffic; then the nodes in the cluster, in profile order, so at most one of them is down at once.
 * Windows nodes get PowerShell remoting, or plain PowerShell when their config sits in a folder of this machine (the
 * service runs here too), restarting the services of the profile's web hosting and recycling the IIS application pool
 * where IIS hosts the web application; Docker nodes get docker commands; the pods of a Kubernetes workload get one
 * rolling restart. Each step ends with a wait, bounded by {@link #NODE_DEADLINE}, for a probe the node answers.
 */
public final class RestartPlanner {
    /** How long a node may take to be back after its restart: a service starts in well under this. */
    public static final Duration NODE_DEADLINE = Duration.ofMinutes(3);

    private RestartPlanner() {
    }

    public static RestartPlan plan(Profile profile) {
        List<ClusterNode> ordered = new ArrayList<>(profile.getNodes().stream().filter(n -> !n.isHaEnabled()).toList());
        ordered.addAll(profile.getNodes().stream().filter(ClusterNode::isHaEnabled).toList());
        List<RestartStep> steps = new ArrayList<>();
        Map<String, List<ClusterNode>> workloads = new LinkedHashMap<>();
        for (ClusterNode node : ordered) {
            switch (node.getAccess()) {
                case WINDOWS_SMB, MANUAL -> steps.add(windows(node, profile));
                case DOCKER -> steps.add(docker(node));
                case KUBERNETES -> {
                    String key = workload(node) + " " + Optional.ofNullable(node.getNamespace()).orElse("");
                    if (!workloads.containsKey(key)) {
                        // the rolling restart takes the workload's place in the order of its first pod
                        workloads.put(key, new ArrayList<>());
                        steps.add(null);
                    }
                    workloads.get(key).add(node);
                }
            }
        }
        List<RestartStep> withWorkloads = new ArrayList<>();
        var rollouts = workloads.values().iterator();
        for (RestartStep step : steps) {
            withWorkloads.add(step != null ? step : kubernetes(rollouts.next(), balancerOrFirst(profile)));
        }
        return new RestartPlan("Restart the " + profile.getProduct() + " nodes (" + profile.getVersionLine().displayName()
                + ")", withWorkloads);
    }

    /**
     * The pods of one workload: {@code kubectl rollout restart} replaces them one by one, each new pod waiting for its
     * readiness before the next old one goes, and {@code rollout status} waits for the end, within the deadline.
     */
    static RestartStep kubernetes(List<ClusterNode> pods, String healthBaseUrl) {
        ClusterNode first = pods.get(0);
        String workload = workload(first).toLowerCase(Locale.ROOT);
        String ns = first.getNamespace() == null ? "" : " -n " + shellQuoted(first.getNamespace());
        List<String> commands = List.of(
                "# a rolling restart: one pod at a time, each waiting for its readiness probe before the next",
                "kubectl rollout restart " + shellQuoted(workload) + ns,
                "kubectl rollout status " + shellQuoted(workload) + ns + " --timeout="
                        + NODE_DEADLINE.toSeconds() * pods.size() + "s");
        String names = pods.stream().map(ClusterNode::targetName).collect(Collectors.joining(", "));
        return new RestartStep(workload, pods.stream().anyMatch(ClusterNode::isHaEnabled),
                "Kubernetes rolling restart of " + names, commands, healthBaseUrl);
    }

    private static RestartStep windows(ClusterNode node, Profile profile) {
        Product product = profile.getProduct();
        WebHosting hosting = profile.getHighAvailability().webHosting(profile.getVersionLine());
        String names = hosting.services(product).stream().map(CommandLines::powerShellQuoted)
                .collect(Collectors.joining(", "));
        boolean local = node.getLocalConfigFolder() != null;
        String restart = "Restart-Service -Name " + names;
        if (hosting.recyclesAppPool()) {
            // no web service exists when IIS hosts the web application: its application pool is recycled instead
            restart += "; Import-Module WebAdministration; Restart-WebAppPool -Name "
                    + powerShellQuoted(profile.getHighAvailability().appPool(product));
        }
        List<String> commands = new ArrayList<>();
        commands.add(local ? restart
                : "Invoke-Command -ComputerName " + powerShellQuoted(node.getHost()) + " -ScriptBlock { " + restart + " }");
        ProbeUrls.below(node.getBaseUrl()).ifPresent(urls -> commands.add(CommandLines.powerShellUntilBack(
                node.targetName(), urls, NODE_DEADLINE)));
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
        ProbeUrls.below(node.getBaseUrl()).ifPresent(urls -> commands.add(CommandLines.shellUntilBack(
                node.targetName(), urls, NODE_DEADLINE)));
        return new RestartStep(node.targetName(), node.isHaEnabled(), "Docker", commands, node.getBaseUrl());
    }

    private static String workload(ClusterNode node) {
        return node.getWorkload() == null ? "deployment/" + node.targetName() : node.getWorkload();
    }

    private static String balancerOrFirst(Profile profile) {
        String balancer = profile.getLoadBalancer().getUrl();
        if (balancer != null && !balancer.isBlank()) {
            return balancer;
        }
        return profile.getNodes().stream().filter(n -> n.getAccess() == NodeAccess.KUBERNETES)
                .map(ClusterNode::getBaseUrl).filter(u -> u != null && !u.isBlank()).findFirst().orElse("");
    }
}
