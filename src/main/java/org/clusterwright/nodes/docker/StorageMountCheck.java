package org.clusterwright.nodes.docker;

import org.clusterwright.check.Check;
import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;
import org.clusterwright.nodes.NodeAccessException;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Product;

import java.util.Locale;
import java.util.Optional;

/**
 * {@code storage.mount}: does this container node see the shared storage where the product looks for it? Inedo's
 * image keeps packages (artifacts) at {@code /var/proget/packages} ({@code /var/buildmaster/artifacts}), the path the
 * storage setting names for container nodes, so each host must mount the share and map it there
 * (Content/installation/linux/docker-guide.md, "Supported Volumes"). Read from the node's compose file; an env file or
 * a Kubernetes pod says nothing about mounts, so the check says how to look instead of guessing.
 */
public final class StorageMountCheck implements Check {
    public static final CheckId ID = CheckId.of("storage.mount");

    private final ClusterNode node;
    private final Product product;
    private final String hostPath;
    private final String cannotShare;

    /**
     * {@code hostPath}: where the profile says this node's host reaches the share (its node path, else the share);
     * {@code cannotShare}: why the cluster's nodes cannot share one storage setting at all (Windows nodes beside
     * containers), or empty.
     */
    public StorageMountCheck(ClusterNode node, Product product, String hostPath, String cannotShare) {
        this.node = node;
        this.product = product;
        this.hostPath = hostPath;
        this.cannotShare = cannotShare;
    }

    @Override
    public CheckId id() {
        return ID;
    }

    @Override
    public Outcome run(CheckContext context) {
        String container = product.storage().containerPath();
        String name = node.targetName();
        if (!cannotShare.isEmpty()) {
            return Outcome.fail(cannotShare, "Run " + product + " on Windows or in containers on every node.")
                    .withEvidence("containerPath", container);
        }
        if (node.getAccess() == NodeAccess.KUBERNETES || node.getEnvFile() == null
                || !ContainerMount.readable(node.getEnvFile())) {
            return Outcome.skip("Not read: " + name + "'s mounts are not in a compose file here. Check that " + hostPath
                    + " is mapped to " + container + ": " + howToLook(container) + ".").withEvidence("containerPath", container);
        }
        Optional<ContainerMount> mount;
        try {
            mount = ContainerMount.read(node.getEnvFile(), product, container);
        } catch (NodeAccessException e) {
            return Outcome.error(e.getMessage(), e.remedy());
        }
        String remedy = "Map the share to " + container + " in " + node.getEnvFile() + " (volumes: - " + hostPath + ":"
                + container + "), mounting the share at " + hostPath + " on the host, or name the host's mount point as"
                + " this node's storage path so the probe proves it; then recreate the container.";
        if (mount.isEmpty()) {
            return Outcome.fail("Nothing is mounted at " + container + " in " + name + "'s compose file: the container"
                    + " would keep its " + what() + " to itself.", remedy).withEvidence("containerPath", container);
        }
        ContainerMount found = mount.get();
        Outcome outcome = switch (found.kind()) {
            case BIND -> sameHostPath(found.source())
                    ? Outcome.pass(name + " maps " + found.source() + " to " + container + ", where the profile says its"
                    + " host reaches the share.")
                    : Outcome.fail(name + " maps " + found.source() + " to " + container + ", but the profile says its"
                    + " host reaches the share at " + hostPath + ", which the storage probe proves.", remedy);
            case SHARE_VOLUME -> sameShare(found.device())
                    ? Outcome.pass(name + " mounts the share " + found.device() + " at " + container + " (volume "
                    + found.source() + ").")
                    : Outcome.fail(name + " mounts " + found.device() + " at " + container + " (volume " + found.source()
                    + "), not the share " + hostPath + ".", remedy);
            case LOCAL_VOLUME -> Outcome.fail(name + " keeps " + container + " in the Docker volume " + found.source()
                    + " on its own host: its " + what() + " would not be shared.", remedy);
        };
        return outcome.withEvidence("containerPath", container).withEvidence("source", found.source());
    }

    private String what() {
        return product == Product.BUILDMASTER ? "artifacts" : "packages";
    }

    private String howToLook(String container) {
        return node.getAccess() == NodeAccess.KUBERNETES
                ? "kubectl get " + (node.getWorkload() == null ? "deployment/NAME" : node.getWorkload()) + " -o"
                + " jsonpath='{.spec.template.spec.containers[*].volumeMounts}' should list " + container
                + " from a ReadWriteMany volume of the share"
                : "docker inspect -f '{{range .Mounts}}{{.Source}} -> {{.Destination}}{{println}}{{end}}' "
                + name() + " should list " + hostPath + " -> " + container;
    }

    private String name() {
        return node.targetName();
    }

    private boolean sameHostPath(String source) {
        return trimmed(source).equals(trimmed(hostPath));
    }

    private boolean sameShare(String device) {
        return trimmed(device.replace('\\', '/')).toLowerCase(Locale.ROOT)
                .equals(trimmed(hostPath.replace('\\', '/')).toLowerCase(Locale.ROOT));
    }

    private static String trimmed(String path) {
        String text = path.strip();
        while (text.length() > 1 && text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }
}
