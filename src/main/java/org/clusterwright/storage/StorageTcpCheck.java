package org.clusterwright.storage;

import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;
import org.clusterwright.remote.ShareAddress;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;

/** Opens a plain TCP connection to the SMB port, so "port closed" and "SMB misbehaves" are told apart. */
final class StorageTcpCheck extends StorageStep {
    static final CheckId ID = CheckId.of("storage.tcp");

    private final ShareAddress location;

    StorageTcpCheck(ShareAddress location) {
        super(ID.value(), StorageResolveCheck.ID);
        this.location = location;
    }

    @Override
    protected Outcome probe(CheckContext context) throws IOException {
        InetAddress address = context.get(StorageKeys.ADDRESS).orElse(InetAddress.getByName(location.host()));
        int timeout = (int) budgetMillis(context);
        String where = address.getHostAddress() + " port " + location.port();
        String remedy = "Check that the file server is up and shares files (the Server service on Windows, smbd "
                + "elsewhere), and that firewalls between here, every node and the server allow TCP "
                + location.port() + ".";
        long started = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, location.port()), timeout);
            long millis = (System.nanoTime() - started) / 1_000_000;
            return Outcome.pass(where + " accepts connections (" + millis + " ms).")
                    .withEvidence("port", location.port()).withEvidence("connectMillis", millis);
        } catch (SocketTimeoutException e) {
            return Outcome.fail("No answer from " + where + " within " + timeout + " ms.", remedy);
        } catch (ConnectException e) {
            return Outcome.fail(where + " refused the connection: nothing listens for SMB there.", remedy);
        } catch (NoRouteToHostException e) {
            return Outcome.fail("There is no route to " + address.getHostAddress() + ".", remedy);
        }
    }
}
