package org.clusterwright.lab;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One loopback address per node where the system has them (Linux and Windows answer on all of 127.0.0.0/8), so the
 * lab's servers are three hosts as a real cluster's are; 127.0.0.1 for all of them where only that one exists (macOS).
 */
final class LoopbackAddresses {
    private LoopbackAddresses() {
    }

    static List<InetAddress> forNodes(int count) throws IOException {
        List<InetAddress> addresses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            InetAddress candidate = InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) (2 + i)});
            if (!bindable(candidate)) {
                return Collections.nCopies(count, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}));
            }
            addresses.add(candidate);
        }
        return addresses;
    }

    private static boolean bindable(InetAddress address) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(address, 0));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
