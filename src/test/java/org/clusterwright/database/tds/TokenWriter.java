package org.clusterwright.database.tds;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the token stream of one server response (MS-TDS 2.2.7). Lengths and layouts follow TDS 7.4, the
 * version the responder acknowledges.
 */
final class TokenWriter {
    /** SQL_Latin1_General_CP1_CI_AS: LCID 0x0409 with CI/AI/WI flags, sort id 52. */
    static final byte[] COLLATION = {0x09, 0x04, (byte) 0xD0, 0x00, 0x34};
    /** TDS 7.4, written big-endian in LOGINACK although LOGIN7 carries it little-endian. */
    static final int TDS_7_4 = 0x74000004;

    static final int DONE_FINAL = 0x0000;
    static final int DONE_MORE = 0x0001;
    static final int DONE_ERROR = 0x0002;
    static final int DONE_COUNT = 0x0010;
    static final int DONE_ATTN = 0x0020;
    /** DONE's CurCmd for SELECT; the driver does not read it, SQL Server sends it. */
    private static final int CMD_SELECT = 0xC1;

    private static final int TOKEN_RETURNSTATUS = 0x79;
    private static final int TOKEN_COLMETADATA = 0x81;
    private static final int TOKEN_ERROR = 0xAA;
    private static final int TOKEN_RETURNVALUE = 0xAC;
    private static final int TOKEN_LOGINACK = 0xAD;
    private static final int TOKEN_ROW = 0xD1;
    private static final int TOKEN_ENVCHANGE = 0xE3;
    private static final int TOKEN_SSPI = 0xED;
    private static final int TOKEN_DONE = 0xFD;
    private static final int TOKEN_DONEPROC = 0xFE;
    private static final int TOKEN_DONEINPROC = 0xFF;

    private static final int ENV_DATABASE = 1;
    private static final int ENV_PACKET_SIZE = 4;
    private static final int ENV_COLLATION = 7;

    private static final int TYPE_INTN = 0x26;
    private static final int TYPE_BITN = 0x68;
    private static final int TYPE_NVARCHAR = 0xE7;
    /** NVARCHAR(4000): the maximum length is given in bytes. */
    private static final int NVARCHAR_4000_BYTES = 8000;
    private static final int NULLABLE = 0x0001;

    private final PayloadWriter out = new PayloadWriter();

    TokenWriter loginAck(ServerVersion version) {
        String program = "Microsoft SQL Server";
        out.u8(TOKEN_LOGINACK).u16(1 + 4 + 1 + program.length() * 2 + 4)
                .u8(1) // interface: T-SQL
                .i32BigEndian(TDS_7_4)
                .bVarchar(program)
                .bytes(version.loginAckBytes());
        return this;
    }

    TokenWriter databaseChange(String newDatabase, String oldDatabase) {
        return envChange(ENV_DATABASE, newDatabase, oldDatabase);
    }

    TokenWriter packetSizeChange(int newSize, int oldSize) {
        return envChange(ENV_PACKET_SIZE, Integer.toString(newSize), Integer.toString(oldSize));
    }

    /** The driver needs the database collation before it can send any string parameter, even to sp_executesql. */
    TokenWriter collationChange() {
        out.u8(TOKEN_ENVCHANGE).u16(1 + 1 + COLLATION.length + 1)
                .u8(ENV_COLLATION).bVarbyte(COLLATION).u8(0);
        return this;
    }

    private TokenWriter envChange(int type, String newValue, String oldValue) {
        out.u8(TOKEN_ENVCHANGE).u16(1 + 1 + newValue.length() * 2 + 1 + oldValue.length() * 2)
                .u8(type).bVarchar(newValue).bVarchar(oldValue);
        return this;
    }

    /** The server's next SSPI token (a Kerberos AP-REP, an NTLM CHALLENGE). */
    TokenWriter sspi(byte[] token) {
        out.u8(TOKEN_SSPI).u16(token.length).bytes(token);
        return this;
    }

    TokenWriter error(QueryResult.Error error, String serverName) {
        int length = 4 + 1 + 1 + 2 + error.message().length() * 2 + 1 + serverName.length() * 2 + 1 + 4;
        out.u8(TOKEN_ERROR).u16(length)
                .i32(error.number()).u8(error.state()).u8(error.severity())
                .usVarchar(error.message())
                .bVarchar(serverName)
                .bVarchar("") // procedure name
                .i32(1); // line number
        return this;
    }

    TokenWriter rows(QueryResult.Rows result) {
        List<QueryResult.Column> columns = result.columns();
        out.u8(TOKEN_COLMETADATA).u16(columns.size());
        for (QueryResult.Column column : columns) {
            out.i32(0).u16(NULLABLE); // user type, flags
            switch (column.type()) {
                case NVARCHAR -> out.u8(TYPE_NVARCHAR).u16(NVARCHAR_4000_BYTES).bytes(COLLATION);
                case INT -> out.u8(TYPE_INTN).u8(4);
                case BIGINT -> out.u8(TYPE_INTN).u8(8);
                case BIT -> out.u8(TYPE_BITN).u8(1);
            }
            out.bVarchar(column.name());
        }
        for (List<Object> row : result.rows()) {
            out.u8(TOKEN_ROW);
            for (int i = 0; i < columns.size(); i++) {
                value(columns.get(i).type(), row.get(i));
            }
        }
        return this;
    }

    private void value(QueryResult.Type type, Object value) {
        if (value == null) {
            // NVARCHAR's NULL is the length 0xFFFF; the nullable fixed types use length 0
            if (type == QueryResult.Type.NVARCHAR) {
                out.u16(0xFFFF);
            } else {
                out.u8(0);
            }
            return;
        }
        switch (type) {
            case NVARCHAR -> {
                byte[] text = ((String) value).getBytes(StandardCharsets.UTF_16LE);
                out.u16(text.length).bytes(text);
            }
            case INT -> out.u8(4).i32((Integer) value);
            case BIGINT -> out.u8(8).i64((Long) value);
            case BIT -> out.u8(1).u8((Boolean) value ? 1 : 0);
        }
    }

    /** Ends a batch statement (DONE) or, inside a stored procedure, one of its statements (DONEINPROC). */
    TokenWriter done(int status, long count) {
        return doneToken(TOKEN_DONE, status, count);
    }

    TokenWriter doneInProc(int status, long count) {
        return doneToken(TOKEN_DONEINPROC, status, count);
    }

    TokenWriter doneProc(int status) {
        return doneToken(TOKEN_DONEPROC, status, 0);
    }

    private TokenWriter doneToken(int token, int status, long count) {
        out.u8(token).u16(status).u16(CMD_SELECT).i64(Math.max(count, 0));
        return this;
    }

    TokenWriter returnStatus(int status) {
        out.u8(TOKEN_RETURNSTATUS).i32(status);
        return this;
    }

    /** An INT output parameter, which is how sp_prepexec hands back the prepared statement's handle. */
    TokenWriter returnValueInt(int ordinal, int value) {
        out.u8(TOKEN_RETURNVALUE).u16(ordinal)
                .bVarchar("") // parameter name
                .u8(0x01) // status: output parameter
                .i32(0).u16(NULLABLE) // user type, flags
                .u8(TYPE_INTN).u8(4) // TYPE_INFO
                .u8(4).i32(value);
        return this;
    }

    /** Tokens for one statement's result: rows, an error or a bare count. */
    TokenWriter result(QueryResult result, String serverName, boolean inProc) {
        int more = inProc ? DONE_MORE : 0;
        if (result instanceof QueryResult.Rows rows) {
            rows(rows);
            return inProc ? doneInProc(more | DONE_COUNT, rows.rows().size())
                    : done(DONE_COUNT, rows.rows().size());
        }
        if (result instanceof QueryResult.Error error) {
            error(error, serverName);
            return inProc ? doneInProc(more | DONE_ERROR, 0) : done(DONE_ERROR, 0);
        }
        long count = ((QueryResult.Done) result).count();
        int status = count >= 0 ? DONE_COUNT : 0;
        return inProc ? doneInProc(more | status, count) : done(status, count);
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}
