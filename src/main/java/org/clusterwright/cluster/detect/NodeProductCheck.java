package org.clusterwright.cluster.detect;

import org.clusterwright.check.Check;
import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Finding;
import org.clusterwright.check.Outcome;
import org.clusterwright.cluster.health.HealthAnswer;
import org.clusterwright.cluster.health.HealthProbe;
import org.clusterwright.cluster.health.HealthReport;
import org.clusterwright.nodes.NodeReachabilityChecks;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.ReleaseVersion;
import org.clusterwright.profile.VersionLine;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * {@code node.product}: which product and version a node runs, before anything is asked of the administrator. Read
 * from the node's {@code /health} ({@code applicationName}, {@code releaseNumber}, {@code versionNumber}; documented
 * for ProGet and BuildMaster) or ProGet's {@code X-ProGet-Version} header; a node that tells neither (Otter documents
 * no /health) is reported as "could not tell", never guessed. Judged against the profile's product and release line.
 */
public final class NodeProductCheck implements Check {
    public static final CheckId ID = CheckId.of("node.product");
    public static final Finding<NodeIdentity> IDENTITY = Finding.of("node.identity", NodeIdentity.class);

    private final ClusterNode node;
    private final Product profileProduct;
    private final VersionLine profileLine;
    private final HealthProbe probe;

    public NodeProductCheck(ClusterNode node, Product profileProduct, VersionLine profileLine, HealthProbe probe) {
        this.node = node;
        this.profileProduct = profileProduct;
        this.profileLine = profileLine;
        this.probe = probe;
    }

    @Override
    public CheckId id() {
        return ID;
    }

    @Override
    public Set<CheckId> requires() {
        return Set.of(NodeReachabilityChecks.TCP);
    }

    @Override
    public Outcome run(CheckContext context) throws InterruptedException {
        HealthAnswer answer = probe.probe(node.getBaseUrl(), context.deadline().multipliedBy(9).dividedBy(10));
        NodeIdentity identity = identify(answer);
        context.publish(IDENTITY, identity);
        return judge(identity, answer).withEvidence("product", identity.product().map(Product::id).orElse(""))
                .withEvidence("version", identity.version().map(ReleaseVersion::text).orElse(""))
                .withEvidence("line", identity.line().map(VersionLine::id).orElse(""))
                .withEvidence("toldBy", identity.toldBy());
    }

    static NodeIdentity identify(HealthAnswer answer) {
        if (answer.report().isEmpty()) {
            return NodeIdentity.unknown("no answer: " + answer.unreachable());
        }
        HealthReport report = answer.report().get();
        Optional<Product> product = productNamed(report.applicationName());
        String told = "/health";
        if (product.isEmpty() && !answer.productHeader().isEmpty()) {
            product = Optional.of(Product.PROGET);
            told = HealthProbe.PRODUCT_HEADER + " header";
        }
        if (product.isEmpty()) {
            return NodeIdentity.unknown(answer.noHealthEndpoint() ? "/health answered 404 and no version header came"
                    : "/health named no product (" + answer.inWords() + ")");
        }
        Optional<ReleaseVersion> version = ReleaseVersion.parse(report.releaseNumber())
                .or(() -> ReleaseVersion.parse(report.versionNumber()))
                .or(() -> ReleaseVersion.parse(answer.productHeader()));
        if (version.isEmpty()) {
            return new NodeIdentity(product, Optional.empty(), Optional.empty(), "", told);
        }
        VersionLine.LineMatch match = VersionLine.forRelease(product.get(), version.get());
        return new NodeIdentity(product, version, match.line(), match.note(), told);
    }

    private Outcome judge(NodeIdentity identity, HealthAnswer answer) {
        String name = node.targetName();
        if (identity.product().isEmpty()) {
            String otter = profileProduct.documentsHealth() ? "" : " " + profileProduct + " documents no /health, so"
                    + " its version is read on Administration > Cluster Overview instead.";
            return Outcome.skip("Could not tell which product and version " + name + " runs: " + identity.toldBy()
                    + "." + otter);
        }
        Product product = identity.product().get();
        if (product != profileProduct) {
            return Outcome.warn(name + " runs " + identity.describe() + "; the profile says " + profileProduct + ".",
                    "Choose " + product + " in step 1, or check that " + node.getBaseUrl() + " is this cluster's node.");
        }
        if (identity.version().isEmpty()) {
            return Outcome.skip(name + " runs " + product + " but named no version (" + identity.toldBy() + "), so its"
                    + " release line could not be told.");
        }
        if (identity.line().isEmpty()) {
            return Outcome.fail(name + " runs " + identity.describe() + ". " + identity.lineNote(),
                    "Upgrade every node with the Inedo Hub, then check again.");
        }
        VersionLine line = identity.line().get();
        if (line != profileLine) {
            return Outcome.warn(name + " runs " + identity.describe() + ", release line " + line.displayName()
                    + "; the profile says " + profileLine.displayName() + ".", "Choose the release line "
                    + line.displayName() + " in step 1: the procedure differs between lines.");
        }
        return Outcome.pass(name + " runs " + identity.describe() + " (told by " + identity.toldBy() + "), release"
                + " line " + line.displayName() + ", as the profile says.");
    }

    private static Optional<Product> productNamed(String applicationName) {
        return Arrays.stream(Product.values()).filter(p -> p.displayName().equalsIgnoreCase(applicationName.strip()))
                .findFirst();
    }
}
