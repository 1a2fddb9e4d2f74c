package org.clusterwright.database.tds;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One RPC request (MS-TDS 2.2.6.6) as mssql-jdbc sends it for a PreparedStatement: a procedure id (sp_executesql,
 * sp_prepexec, sp_execute, sp_unprepare) and parameters. Only the parameter types those calls use without user
 * parameters are decoded: NVARCHAR (short and PLP) and INTN/BITN. Anything else is {@link Unsupported}.
 */
record RpcRequest(int procId, String procName, List<Param> params) {
    static final int SP_EXECUTESQL = 10;
    static final int SP_EXECUTE = 12;
    static final int SP_PREPEXEC = 13;
    static final int SP_UNPREPARE = 15;

    private static final int PROC_ID_FOLLOWS = 0xFFFF;
    /** A byte where a parameter name length belongs that starts the next RPC of a batched request. */
    private static final int BATCH_FLAG = 0xFF;
    private static final int NO_EXEC_FLAG = 0xFE;
    private static final int TYPE_INTN = 0x26;
    private static final int TYPE_BITN = 0x68;
    private static final int TYPE_NVARCHAR = 0xE7;
    private static final int TYPE_NCHAR = 0xEF;
    private static final int COLLATION_LENGTH = 5;
    private static final long PLP_NULL = -1L;

    record Param(String name, boolean output, Object value) {
    }

    /** A request the responder cannot answer faithfully; it replies with an error instead of guessing. */
    static final class Unsupported extends Exception {
        Unsupported(String message) {
            super(message);
        }
    }

    static RpcRequest parse(byte[] payload) throws TdsProtocolException, Unsupported {
        PayloadReader reader = new PayloadReader(payload);
        reader.position(reader.i32()); // skip ALL_HEADERS, whose first field is its own total length
        int nameLength = reader.u16();
        int procId = nameLength == PROC_ID_FOLLOWS ? reader.u16() : -1;
        String procName = procId >= 0 ? "sp id " + procId : reader.utf16(nameLength);
        reader.u16(); // option flags
        List<Param> params = new ArrayList<>();
        while (reader.remaining() > 0) {
            int next = reader.peekU8();
            if (next == BATCH_FLAG || next == NO_EXEC_FLAG) {
                throw new Unsupported("several RPCs in one request (batched PreparedStatement)");
            }
            String name = reader.bVarchar();
            boolean output = (reader.u8() & 0x01) != 0;
            params.add(new Param(name, output, value(reader, reader.u8())));
        }
        return new RpcRequest(procId, procName, List.copyOf(params));
    }

    private static Object value(PayloadReader reader, int type) throws TdsProtocolException, Unsupported {
        switch (type) {
            case TYPE_INTN, TYPE_BITN -> {
                reader.u8(); // maximum length
                return integerValue(reader, reader.u8());
            }
            case TYPE_NVARCHAR, TYPE_NCHAR -> {
                int maxLength = reader.u16();
                reader.skip(COLLATION_LENGTH);
                return maxLength == 0xFFFF ? plpText(reader) : shortText(reader);
            }
            default -> throw new Unsupported("RPC parameter type 0x" + Integer.toHexString(type)
                    + " (PreparedStatement parameters are not supported)");
        }
    }

    /** Boxed by hand: a switch expression would promote every arm to long. */
    private static Object integerValue(PayloadReader reader, int length) throws TdsProtocolException {
        if (length == 0) {
            return null;
        }
        if (length == 8) {
            return Long.valueOf(reader.i64());
        }
        if (length == 4) {
            return Integer.valueOf(reader.i32());
        }
        if (length == 2) {
            return Integer.valueOf(reader.u16());
        }
        if (length == 1) {
            return Integer.valueOf(reader.u8());
        }
        throw new TdsProtocolException("Integer parameter of length " + length);
    }

    private static String shortText(PayloadReader reader) throws TdsProtocolException {
        int length = reader.u16();
        return length == 0xFFFF ? null : new String(reader.bytes(length), StandardCharsets.UTF_16LE);
    }

    /** NVARCHAR(MAX): a total length (or NULL), then chunks each with a four-byte length, ending with an empty one. */
    private static String plpText(PayloadReader reader) throws TdsProtocolException {
        if (reader.i64() == PLP_NULL) {
            return null;
        }
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        for (int chunk = reader.i32(); chunk != 0; chunk = reader.i32()) {
            text.writeBytes(reader.bytes(chunk));
        }
        return text.toString(StandardCharsets.UTF_16LE);
    }

    String text(int index) throws TdsProtocolException {
        Object value = param(index).value();
        if (value != null && !(value instanceof String)) {
            throw new TdsProtocolException("Parameter " + index + " of " + procName + " is not text: " + value);
        }
        return (String) value;
    }

    Integer integer(int index) throws TdsProtocolException {
        Object value = param(index).value();
        if (value != null && !(value instanceof Integer)) {
            throw new TdsProtocolException("Parameter " + index + " of " + procName + " is not an INT: " + value);
        }
        return (Integer) value;
    }

    private Param param(int index) throws TdsProtocolException {
        if (index >= params.size()) {
            throw new TdsProtocolException(procName + " came with " + params.size() + " parameters, expected more");
        }
        return params.get(index);
    }
}
