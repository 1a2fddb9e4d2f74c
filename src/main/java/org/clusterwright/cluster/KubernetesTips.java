package org.clusterwright.cluster;

import org.clusterwright.profile.Product;

import java.util.List;
import java.util.Optional;

/**
 * Inedo's tips for a cluster on Kubernetes, as step 4 items (Inedo/inedo-docs, Content/installation/
 * high-availability-load-balancing/installation-cluster-management.md, "Kubernetes Support", lines 42-57). Inedo
 * gives no Kubernetes instructions beyond these; the readiness probe is this program's reading of the "no automatic
 * restart" tip (readiness takes a pod out of its Service without restarting it) and says so.
 */
final class KubernetesTips {
    private KubernetesTips() {
    }

    static List<HaItem> items(Product product, String probePath) {
        String key = product.environmentPrefix() + "_ENCRYPTION_KEY";
        return List.of(
                item("k8s-same-key", "Kubernetes: every pod gets the same " + key + " (from one Secret; step 2 writes"
                        + " its manifest). Inedo: it is required for cross-pod sessions."),
                item("k8s-fixed-pods", "Kubernetes: run a fixed number of pods, not a dynamic workload (no"
                        + " HorizontalPodAutoscaler): traffic changes too quickly for scaling to keep up (Inedo)."),
                item("k8s-one-pod-per-server", "Kubernetes: never two pods on one physical server (a podAntiAffinity on"
                        + " kubernetes.io/hostname): the server's network card is the bottleneck (Inedo)."),
                item("k8s-eviction", "Kubernetes: minimise pod eviction: resource requests and limits (Guaranteed QoS),"
                        + " a PriorityClass so these pods go last, and enough capacity on every node (Inedo)."),
                item("k8s-no-auto-restart", "Kubernetes: no livenessProbe on " + probePath + ": Inedo advises against"
                        + " restarting containers when /health reports an error. A readinessProbe on " + probePath
                        + " only takes a pod out of the Service, and is what the rolling restart waits for."),
                item("k8s-activation", "Kubernetes: moving pods often deactivates " + product + ": give the pods"
                        + " internet access for automatic activation, or activate each node by hand after it is"
                        + " created and after every move (Inedo)."));
    }

    private static HaItem item(String key, String text) {
        return new HaItem(key, "", text, "", Optional.empty());
    }
}
