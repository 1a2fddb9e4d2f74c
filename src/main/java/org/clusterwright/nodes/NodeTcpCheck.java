package org.clusterwright.nodes;

import org.clusterwright.check.Check;
import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;
import org.clusterwright.profile.ClusterNode;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Set;

/** Opens a TCP connection to the port of a node's web address. */
final class NodeTcpCheck implements Check {
    static final CheckId ID = CheckId.of("node.tcp");

    private final ClusterNode node;

    NodeTcpCheck(ClusterNode node) {
        this.node = node;
    }

    @Override
    public CheckId id() {
        return ID;
    }

    @Override
    public Set<CheckId> requires() {
        return Set.of(NodeResolveCheck.ID);
    }

    @Override
    public Outcome run(CheckContext context) throws IOException {
        NodeAddress address = NodeAddress.of(node).orElseThrow();
        InetAddress ip = context.get(NodeResolveCheck.ADDRESSES).map(all -> all[0])
                .orElse(InetAddress.getByName(address.host()));
        // leave a margin below the runner's hard deadline so this check reports its own, clearer timeout
        int timeoutMillis = (int) Math.max(100, context.deadline().toMillis() * 9 / 10);
        long started = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(ip, address.port()), timeoutMillis);
            long millis = (System.nanoTime() - started) / 1_000_000;
            return Outcome.pass("Port " + address.port() + " on " + address.host() + " accepts connections ("
                            + millis + " ms).")
                    .withEvidence("address", ip.getHostAddress() + ":" + address.port())
                    .withEvidence("connectMillis", millis);
        } catch (SocketTimeoutException e) {
            return Outcome.fail("No answer from " + address + " within " + timeoutMillis + " ms.",
                    "Check that the server is up and that a firewall allows port " + address.port() + " from here.");
        } catch (ConnectException e) {
            return Outcome.fail(address + " refused the connection.",
                    "Check that the " + "product's service is running and listening on port " + address.port()
                            + " (WebServer Urls in the node's config file).");
        } catch (NoRouteToHostException e) {
            return Outcome.fail("There is no route to " + address.host() + ".",
                    "Check the network path and firewalls between this machine and the server.");
        }
    }
}
