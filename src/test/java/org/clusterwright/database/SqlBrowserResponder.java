package org.clusterwright.database;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A SQL Server Browser stand-in on a free loopback UDP port: answers CLNT_UCAST_INST for one instance name with
 * the given entry, and stays silent for any other name, as the real Browser does.
 */
final class SqlBrowserResponder implements AutoCloseable {
    private final DatagramSocket socket;
    private final String instance;
    private final String entry;
    private final List<byte[]> requests = new CopyOnWriteArrayList<>();
    private final Thread thread;

    /** @param entry the RESP_DATA to send, e.g. "ServerName;SQL01;InstanceName;INEDO;...;tcp;1433;;" */
    SqlBrowserResponder(String instance, String entry) throws SocketException {
        this.socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.instance = instance;
        this.entry = entry;
        this.thread = new Thread(this::serve, "sql-browser-responder");
        thread.setDaemon(true);
        thread.start();
    }

    static String entryFor(String instance, Integer tcpPort) {
        return "ServerName;SQL01;InstanceName;" + instance + ";IsClustered;No;Version;16.0.1000.6;"
                + (tcpPort == null ? "np;\\\\SQL01\\pipe\\MSSQL$" + instance + "\\sql\\query;" : "tcp;" + tcpPort + ";")
                + ";";
    }

    int port() {
        return socket.getLocalPort();
    }

    List<byte[]> requests() {
        return List.copyOf(requests);
    }

    private void serve() {
        byte[] buffer = new byte[1024];
        while (!socket.isClosed()) {
            try {
                DatagramPacket request = new DatagramPacket(buffer, buffer.length);
                socket.receive(request);
                byte[] data = Arrays.copyOf(request.getData(), request.getLength());
                requests.add(data);
                int end = data.length;
                while (end > 1 && data[end - 1] == 0) {
                    end--;
                }
                String asked = new String(data, 1, end - 1, StandardCharsets.US_ASCII);
                if (data[0] == 0x04 && asked.equalsIgnoreCase(instance)) {
                    byte[] text = entry.getBytes(StandardCharsets.US_ASCII);
                    byte[] answer = new byte[text.length + 3];
                    answer[0] = 0x05;
                    answer[1] = (byte) text.length;
                    answer[2] = (byte) (text.length >> 8);
                    System.arraycopy(text, 0, answer, 3, text.length);
                    socket.send(new DatagramPacket(answer, answer.length, request.getSocketAddress()));
                }
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        socket.close();
        thread.join(2000);
    }
}
