package org.clusterwright.database.tds;

import java.nio.charset.StandardCharsets;

/**
 * What a client sent in LOGIN7 (MS-TDS 2.2.6.4), with the password de-obfuscated, so that tests can check what a
 * probe really sends (user, database, application name, server name as typed, workstation name).
 *
 * @param tdsVersion  as the client wrote it (little-endian on the wire), e.g. 0x74000004 for TDS 7.4
 * @param packetSize  the packet size the client asks for
 * @param hostName    the client's workstation name
 * @param serverName  the server name as the client typed it (instance included)
 * @param database    empty when the client named none
 * @param integratedSecurity the client logs in with SSPI (Kerberos or NTLM) instead of a SQL login
 * @param sspi        the client's first SSPI token (empty without integrated security)
 */
public record Login7(int tdsVersion, int packetSize, String hostName, String userName, String password,
                     String appName, String serverName, String libraryName, String database,
                     boolean integratedSecurity, byte[] sspi) {

    /** The fixed part ends with the offset/length table; variable data follows (MS-TDS 2.2.6.4). */
    private static final int FIXED_LENGTH = 94;
    private static final int OFFSETS_START = 36;
    private static final int OPTION_FLAGS_2 = 25;
    private static final int F_INT_SECURITY = 0x80;

    static Login7 parse(byte[] payload) throws TdsProtocolException {
        if (payload.length < FIXED_LENGTH) {
            throw new TdsProtocolException("LOGIN7 of " + payload.length + " bytes is shorter than its fixed part");
        }
        PayloadReader reader = new PayloadReader(payload);
        reader.skip(4); // total length
        int tdsVersion = reader.i32();
        int packetSize = reader.i32();
        reader.position(OFFSETS_START);
        // offset/length pairs in wire order; lengths count characters, offsets count bytes from the start
        String hostName = field(reader, payload);
        String userName = field(reader, payload);
        String password = deobfuscate(rawField(reader, payload));
        String appName = field(reader, payload);
        String serverName = field(reader, payload);
        reader.skip(4); // extension (feature requests): not interpreted, so the responder acks none
        String libraryName = field(reader, payload);
        reader.skip(4); // language
        String database = field(reader, payload);
        reader.skip(6); // client id
        byte[] sspi = rawBytes(reader, payload);
        boolean integrated = (payload[OPTION_FLAGS_2] & F_INT_SECURITY) != 0;
        return new Login7(tdsVersion, packetSize, hostName, userName, password, appName, serverName, libraryName,
                database, integrated, sspi);
    }

    /**
     * Clients obfuscate each password byte by swapping its nibbles and then XORing 0xA5; undoing it means XOR 0xA5
     * first, then swapping back (the order matters: the other way round flips every bit).
     */
    static String deobfuscate(byte[] obfuscated) {
        byte[] clear = new byte[obfuscated.length];
        for (int i = 0; i < obfuscated.length; i++) {
            int b = (obfuscated[i] ^ 0xA5) & 0xFF;
            clear[i] = (byte) (((b & 0x0F) << 4) | (b >> 4));
        }
        return new String(clear, StandardCharsets.UTF_16LE);
    }

    private static String field(PayloadReader reader, byte[] payload) throws TdsProtocolException {
        return new String(rawField(reader, payload), StandardCharsets.UTF_16LE);
    }

    private static byte[] rawField(PayloadReader reader, byte[] payload) throws TdsProtocolException {
        int offset = reader.u16();
        return slice(payload, offset, reader.u16() * 2);
    }

    /** The SSPI field counts bytes, not characters. */
    private static byte[] rawBytes(PayloadReader reader, byte[] payload) throws TdsProtocolException {
        int offset = reader.u16();
        return slice(payload, offset, reader.u16());
    }

    private static byte[] slice(byte[] payload, int offset, int bytes) throws TdsProtocolException {
        if (bytes == 0) {
            return new byte[0];
        }
        if (offset + bytes > payload.length) {
            throw new TdsProtocolException("LOGIN7 field at " + offset + " runs past the end of the message");
        }
        byte[] value = new byte[bytes];
        System.arraycopy(payload, offset, value, 0, bytes);
        return value;
    }

    /** Keeps passwords out of test reports. */
    @Override
    public String toString() {
        return "Login7[user=" + userName + ", database=" + database + ", app=" + appName + ", server=" + serverName
                + ", host=" + hostName + ", tds=0x" + Integer.toHexString(tdsVersion)
                + (integratedSecurity ? ", sspi=" + sspi.length + " bytes" : "") + "]";
    }
}
