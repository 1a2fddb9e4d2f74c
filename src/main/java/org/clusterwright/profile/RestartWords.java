package org.clusterwright.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What restarting a node means, in words, for every place that tells a person to restart: a Windows node's services
 * (and its IIS application pool, when IIS hosts the web application), a Docker node's container, a Kubernetes pod's
 * workload. One place, so the HA checklist, the key step's notice and the verify remedies say the same.
 */
public final class RestartWords {
    private RestartWords() {
    }

    /** What restarting {@code node} restarts, for example "INEDOPROGETSVC and INEDOPROGETWEBSVC". */
    public static String of(Profile profile, ClusterNode node) {
        return switch (node.getAccess()) {
            case WINDOWS_SMB, MANUAL -> profile.getHighAvailability().webHosting(profile.getVersionLine())
                    .restartWords(profile.getProduct(), profile.getHighAvailability().appPool(profile.getProduct()));
            case DOCKER -> "the " + profile.getProduct() + " container";
            case KUBERNETES -> "the pods of " + (node.getWorkload() == null ? "its workload" : node.getWorkload())
                    + " (a rolling restart)";
        };
    }

    /**
     * The same for several nodes, those alike grouped: "INEDOPROGETSVC on proget-1, proget-2; the ProGet container
     * on proget-3".
     */
    public static String of(Profile profile, List<ClusterNode> nodes) {
        Map<String, List<String>> byWords = new LinkedHashMap<>();
        for (ClusterNode node : nodes) {
            byWords.computeIfAbsent(of(profile, node), words -> new java.util.ArrayList<>()).add(node.targetName());
        }
        return byWords.entrySet().stream().map(e -> e.getKey() + " on " + String.join(", ", e.getValue()))
                .collect(Collectors.joining("; "));
    }

    /** For every node of the profile. */
    public static String ofAll(Profile profile) {
        return of(profile, profile.getNodes());
    }
}
