package org.clusterwright.nodes;

import org.clusterwright.check.Check;
import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;
import org.clusterwright.profile.ClusterNode;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Resolves the host of a node's web address, as every other node and the load balancer must. */
final class NodeResolveCheck implements Check {
    static final CheckId ID = CheckId.of("node.resolve");
    static final CheckContext.Key<InetAddress[]> ADDRESSES = new CheckContext.Key<>("node.addresses", InetAddress[].class);

    private final ClusterNode node;

    NodeResolveCheck(ClusterNode node) {
        this.node = node;
    }

    @Override
    public CheckId id() {
        return ID;
    }

    @Override
    public Outcome run(CheckContext context) {
        NodeAddress address = NodeAddress.of(node).orElse(null);
        if (address == null) {
            return Outcome.skip("Not run: the node's base URL is missing or malformed (see input.nodes).");
        }
        try {
            InetAddress[] resolved = InetAddress.getAllByName(address.host());
            context.put(ADDRESSES, resolved);
            List<String> ips = Arrays.stream(resolved).map(InetAddress::getHostAddress).distinct().toList();
            return Outcome.pass(address.host() + " resolves to " + String.join(", ", ips) + ".")
                    .withEvidence("host", address.host())
                    .withEvidence("addresses", ips.stream().collect(Collectors.joining(" ")));
        } catch (UnknownHostException e) {
            return Outcome.fail("The host name " + address.host() + " does not resolve from this machine.",
                            "Check the spelling, or add the name to DNS; every node and the load balancer must "
                                    + "resolve it too.")
                    .withEvidence("host", address.host());
        }
    }
}
