package org.clusterwright.cluster;

import org.clusterwright.check.Check;
import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;
import org.clusterwright.profile.ClusterNode;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/**
 * {@code ha.messenger}: versions 2022 to 2024 want the service messenger's TCP port (33237 by default) open between
 * the nodes. This connects to it from here; a firewall between the nodes themselves can still differ, which the
 * summary says. The messenger is not essential, so a closed port warns rather than fails.
 */
public final class MessengerCheck implements Check {
    public static final CheckId ID = CheckId.of("ha.messenger");

    private final ClusterNode node;
    private final int port;

    public MessengerCheck(ClusterNode node, int port) {
        this.node = node;
        this.port = port;
    }

    @Override
    public CheckId id() {
        return ID;
    }

    @Override
    public Outcome run(CheckContext context) throws IOException {
        String where = node.getHost() + ":" + port;
        int timeoutMillis = (int) Math.max(100, context.deadline().toMillis() * 4 / 5);
        String remedy = "Open TCP " + port + " on " + node.targetName() + " to the other nodes (an inbound firewall"
                + " rule), check that the service runs, then restart it and click \"reconnect\" on the cluster page.";
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(node.getHost(), port), timeoutMillis);
            return Outcome.pass("The service messenger port " + where + " accepts connections from here.")
                    .withEvidence("address", where);
        } catch (SocketTimeoutException e) {
            return Outcome.warn("No answer on the messenger port " + where + " within " + timeoutMillis + " ms.", remedy)
                    .withEvidence("address", where);
        } catch (ConnectException e) {
            return Outcome.warn(where + " refused the connection: nothing listens on the messenger port.", remedy)
                    .withEvidence("address", where);
        } catch (UnknownHostException e) {
            return Outcome.error("The host " + node.getHost() + " is not known.", "Check the node's host name.");
        }
    }
}
