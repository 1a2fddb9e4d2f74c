package org.clusterwright.database.tds;

import java.io.ByteArrayOutputStream;

/**
 * PRELOGIN (MS-TDS 2.2.6.5): an option table (token, big-endian offset, big-endian length) ending in 0xFF,
 * followed by the option data. Only ENCRYPTION matters to the responder; the reply carries VERSION, ENCRYPTION,
 * INSTOPT and MARS like a real server's.
 */
final class Prelogin {
    static final int ENCRYPT_OFF = 0x00;
    static final int ENCRYPT_ON = 0x01;
    static final int ENCRYPT_NOT_SUP = 0x02;
    static final int ENCRYPT_REQ = 0x03;

    private static final int OPTION_VERSION = 0x00;
    private static final int OPTION_ENCRYPTION = 0x01;
    private static final int OPTION_INSTOPT = 0x02;
    private static final int OPTION_MARS = 0x04;
    private static final int TERMINATOR = 0xFF;
    /** Marks a client certificate in the client's ENCRYPTION byte; irrelevant to the level itself. */
    private static final int ENCRYPT_CLIENT_CERT = 0x80;

    private Prelogin() {
    }

    /** The encryption level the client asked for; a client that sends none is treated as "off". */
    static int requestedEncryption(byte[] payload) throws TdsProtocolException {
        PayloadReader reader = new PayloadReader(payload);
        while (true) {
            int token = reader.u8();
            if (token == TERMINATOR) {
                return ENCRYPT_OFF;
            }
            int offset = (reader.u8() << 8) | reader.u8();
            int length = (reader.u8() << 8) | reader.u8();
            if (token == OPTION_ENCRYPTION && length >= 1) {
                if (offset >= payload.length) {
                    throw new TdsProtocolException("PRELOGIN ENCRYPTION option points past the payload");
                }
                return payload[offset] & 0xFF & ~ENCRYPT_CLIENT_CERT;
            }
        }
    }

    /**
     * What a server answers: without TLS it must say NOT_SUP; ENCRYPT_OFF would tell the driver to
     * encrypt the login anyway. With TLS it follows SQL Server: OFF asked means login-only encryption, ON asked
     * means full encryption, and a server that forces encryption always answers REQ.
     */
    static int negotiate(TdsResponder.Mode mode, int requested) {
        return switch (mode) {
            case TLS -> requested == ENCRYPT_OFF ? ENCRYPT_OFF
                    : requested == ENCRYPT_NOT_SUP ? ENCRYPT_NOT_SUP : ENCRYPT_ON;
            case TLS_REQUIRED -> ENCRYPT_REQ;
            default -> ENCRYPT_NOT_SUP;
        };
    }

    static byte[] response(int encryption, ServerVersion version) {
        int[] tokens = {OPTION_VERSION, OPTION_ENCRYPTION, OPTION_INSTOPT, OPTION_MARS};
        byte[][] data = {version.preloginBytes(), {(byte) encryption}, {0}, {0}};
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        ByteArrayOutputStream values = new ByteArrayOutputStream();
        int offset = tokens.length * 5 + 1;
        for (int i = 0; i < tokens.length; i++) {
            table.write(tokens[i]);
            table.write(offset >> 8);
            table.write(offset);
            table.write(data[i].length >> 8);
            table.write(data[i].length);
            values.writeBytes(data[i]);
            offset += data[i].length;
        }
        table.write(TERMINATOR);
        table.writeBytes(values.toByteArray());
        return table.toByteArray();
    }
}
