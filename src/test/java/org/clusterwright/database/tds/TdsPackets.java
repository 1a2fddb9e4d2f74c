package org.clusterwright.database.tds;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * TDS packet framing (MS-TDS 2.2.3): an 8-byte header (type, status, big-endian length, SPID, packet id, window)
 * followed by at most {@code packetSize - 8} bytes of payload. A message is one or more packets, the last one
 * carrying the end-of-message status bit.
 */
final class TdsPackets {
    static final int HEADER_SIZE = 8;
    /** Every packet before LOGINACK must fit this size; the driver sizes its receive buffer to it. */
    static final int INITIAL_PACKET_SIZE = 4096;

    static final int TYPE_SQL_BATCH = 0x01;
    static final int TYPE_RPC = 0x03;
    static final int TYPE_REPLY = 0x04;
    static final int TYPE_ATTENTION = 0x06;
    static final int TYPE_LOGIN7 = 0x10;
    /** The client's further SSPI tokens after LOGIN7 (Integrated Security). */
    static final int TYPE_SSPI = 0x11;
    static final int TYPE_PRELOGIN = 0x12;

    static final int STATUS_EOM = 0x01;
    /** Sender abandoned the message part-way; the receiver must discard it (MS-TDS 2.2.3.1.2). */
    static final int STATUS_IGNORE = 0x02;

    /** First byte of a TLS handshake record: a client using TDS 8 ({@code encrypt=strict}) starts with one. */
    static final int TLS_HANDSHAKE_RECORD = 0x16;

    private TdsPackets() {
    }

    record Packet(int type, int status, byte[] payload) {
        boolean isLast() {
            return (status & STATUS_EOM) != 0;
        }
    }

    record Message(int type, byte[] payload) {
    }

    /** Reads one packet; {@code null} when the peer closed the connection cleanly between packets. */
    static Packet readPacket(InputStream in) throws IOException {
        // readNBytes reads exactly what is asked for and nothing more, which matters when the stream
        // underneath switches between TLS and plain TDS (login-only encryption)
        byte[] header = in.readNBytes(HEADER_SIZE);
        if (header.length == 0) {
            return null;
        }
        if (header.length < HEADER_SIZE) {
            throw new EOFException("Connection closed inside a TDS packet header");
        }
        int length = ((header[2] & 0xFF) << 8) | (header[3] & 0xFF);
        if (length < HEADER_SIZE) {
            throw new TdsProtocolException("TDS packet length " + length + " is shorter than its header");
        }
        byte[] payload = in.readNBytes(length - HEADER_SIZE);
        if (payload.length < length - HEADER_SIZE) {
            throw new EOFException("Connection closed inside a TDS packet");
        }
        return new Packet(header[0] & 0xFF, header[1] & 0xFF, payload);
    }

    /**
     * Reads the rest of a message whose first packet has been read already. Messages the client marked as
     * ignored are returned with an empty payload and type -1 so that callers skip them.
     */
    static Message completeMessage(Packet first, InputStream in) throws IOException {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        payload.writeBytes(first.payload());
        Packet packet = first;
        while (!packet.isLast()) {
            packet = readPacket(in);
            if (packet == null) {
                throw new EOFException("Connection closed inside a TDS message");
            }
            payload.writeBytes(packet.payload());
        }
        if ((packet.status() & STATUS_IGNORE) != 0) {
            return new Message(-1, new byte[0]);
        }
        return new Message(first.type(), payload.toByteArray());
    }

    /** Reads one whole message; {@code null} on a clean close. */
    static Message readMessage(InputStream in) throws IOException {
        Packet first = readPacket(in);
        return first == null ? null : completeMessage(first, in);
    }

    /**
     * Writes one message split into packets of at most {@code packetSize} bytes and flushes it. The driver
     * asserts that it never receives more messages than it sent, so callers must send exactly one message
     * per request (and one per TLS handshake flight).
     */
    static void writeMessage(OutputStream out, int type, byte[] payload, int packetSize, int spid)
            throws IOException {
        int chunk = packetSize - HEADER_SIZE;
        int offset = 0;
        int packetId = 1;
        do {
            int length = Math.min(chunk, payload.length - offset);
            boolean last = offset + length == payload.length;
            byte[] packet = new byte[HEADER_SIZE + length];
            packet[0] = (byte) type;
            packet[1] = (byte) (last ? STATUS_EOM : 0);
            packet[2] = (byte) ((packet.length >> 8) & 0xFF);
            packet[3] = (byte) (packet.length & 0xFF);
            packet[4] = (byte) ((spid >> 8) & 0xFF);
            packet[5] = (byte) (spid & 0xFF);
            packet[6] = (byte) (packetId++ & 0xFF);
            System.arraycopy(payload, offset, packet, HEADER_SIZE, length);
            out.write(packet);
            offset += length;
        } while (offset < payload.length);
        out.flush();
    }
}
