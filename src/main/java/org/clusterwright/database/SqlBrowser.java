package org.clusterwright.database;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The client side of the SQL Server Resolution Protocol (MC-SQLR): asks the SQL Browser on UDP 1434 which TCP
 * port a named instance listens on, as SqlClient does before connecting to {@code host\INSTANCE} without a port.
 */
final class SqlBrowser {
    /** MC-SQLR 2.2.3 CLNT_UCAST_INST. */
    private static final byte CLNT_UCAST_INST = 0x04;
    /** MC-SQLR 2.2.5 SVR_RESP. */
    private static final byte SVR_RESP = 0x05;
    /** RESP_DATA of an instance answer is at most 1,024 bytes, plus the 3-byte header. */
    private static final int LONGEST_ANSWER = 1024 + 3;

    /** The instance's entry: every name-value pair as the Browser sent it, names in lower case. */
    record Answer(Map<String, String> values) {
        Optional<Integer> tcpPort() {
            String port = values.get("tcp");
            if (port == null || !port.matches("\\d{1,5}")) {
                return Optional.empty();
            }
            int number = Integer.parseInt(port);
            return number >= 1 && number <= 65535 ? Optional.of(number) : Optional.empty();
        }

        String get(String name) {
            return values.getOrDefault(name, "");
        }
    }

    private SqlBrowser() {
    }

    /**
     * Sends the request twice within the budget, since UDP may drop one datagram; returns empty when nothing
     * answered in time, which is also how a Browser answers a request for an instance it does not know.
     */
    static Optional<Answer> ask(InetAddress address, int port, String instance, long budgetMillis) throws IOException {
        byte[] request = request(instance);
        long end = System.nanoTime() + budgetMillis * 1_000_000;
        try (DatagramSocket socket = new DatagramSocket()) {
            // connected, so that an ICMP "port unreachable" ends the wait early instead of the full budget
            socket.connect(new InetSocketAddress(address, port));
            byte[] buffer = new byte[LONGEST_ANSWER];
            for (int attempt = 0; attempt < 2; attempt++) {
                socket.send(new DatagramPacket(request, request.length));
                long left = (end - System.nanoTime()) / 1_000_000;
                long wait = attempt == 0 ? left / 2 : left;
                if (wait <= 0) {
                    break;
                }
                socket.setSoTimeout((int) Math.max(1, wait));
                try {
                    DatagramPacket answer = new DatagramPacket(buffer, buffer.length);
                    socket.receive(answer);
                    return parse(answer.getData(), answer.getLength());
                } catch (SocketTimeoutException e) {
                    // try once more, then give up when the budget is spent
                }
            }
        }
        return Optional.empty();
    }

    static byte[] request(String instance) {
        byte[] name = instance.getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[name.length + 2];
        request[0] = CLNT_UCAST_INST;
        System.arraycopy(name, 0, request, 1, name.length);
        return request; // the last byte stays 0: INSTANCENAME is null-terminated
    }

    /** Reads SVR_RESP: 0x05, a little-endian length, then {@code name;value;name;value;...;;}. */
    static Optional<Answer> parse(byte[] data, int length) {
        if (length < 3 || data[0] != SVR_RESP) {
            return Optional.empty();
        }
        int size = (data[1] & 0xFF) | (data[2] & 0xFF) << 8;
        String text = new String(data, 3, Math.min(size, length - 3), StandardCharsets.US_ASCII);
        String[] parts = text.split(";", -1);
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < parts.length; i += 2) {
            if (parts[i].isEmpty()) {
                break; // ";;" ends the instance's entry
            }
            values.putIfAbsent(parts[i].toLowerCase(Locale.ROOT), parts[i + 1]);
        }
        return values.isEmpty() ? Optional.empty() : Optional.of(new Answer(values));
    }
}
