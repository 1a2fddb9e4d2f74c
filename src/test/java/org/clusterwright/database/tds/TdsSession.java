package org.clusterwright.database.tds;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.net.Socket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clusterwright.database.tds.TdsPackets.Message;
import org.clusterwright.database.tds.TdsPackets.Packet;
import org.clusterwright.database.tds.TdsResponder.Encryption;

/**
 * One client connection, start to end: PRELOGIN, optional TLS, LOGIN7, then requests until the client leaves.
 * Requests are answered one at a time on this thread, as SQL Server answers a session without MARS.
 */
final class TdsSession implements Runnable {
    private static final int MIN_PACKET_SIZE = 512;
    private static final int MAX_PACKET_SIZE = 32767;
    private static final int UNSUPPORTED = 50000;

    private final Socket socket;
    private final int spid;
    private final ResponderSettings settings;
    private final TdsResponder.Events events;
    private final Map<Integer, String> prepared = new HashMap<>();
    private int nextHandle = 1;
    private InputStream in;
    private OutputStream out;
    private int packetSize = TdsPackets.INITIAL_PACKET_SIZE;
    /** The Windows identity an Integrated Security login proved; null for a SQL login. */
    private String windowsIdentity;

    TdsSession(Socket socket, int spid, ResponderSettings settings, TdsResponder.Events events) {
        this.socket = socket;
        this.spid = spid;
        this.settings = settings;
        this.events = events;
    }

    @Override
    public void run() {
        try (socket) {
            socket.setTcpNoDelay(true);
            if (settings.mode() == TdsResponder.Mode.BLACK_HOLE) {
                // swallow whatever arrives and never answer; ends when the client or the responder closes
                socket.getInputStream().transferTo(OutputStream.nullOutputStream());
                return;
            }
            converse();
        } catch (TdsProtocolException | RuntimeException e) {
            events.failure(e);
        } catch (IOException e) {
            // the client went away or gave up on TLS: a normal end for a test connection
        }
    }

    private void converse() throws IOException {
        PushbackInputStream rawIn = new PushbackInputStream(socket.getInputStream(), 1);
        OutputStream rawOut = socket.getOutputStream();
        in = rawIn;
        out = rawOut;
        int first = rawIn.read();
        if (first < 0) {
            return;
        }
        rawIn.unread(first);
        Encryption encryption = Encryption.NONE;
        if (first == TdsPackets.TLS_HANDSHAKE_RECORD) {
            if (settings.tls() == null) {
                return; // TDS 8 client, server without TLS: hang up rather than read a ClientHello as TDS
            }
            TlsAdapter tls = TlsAdapter.forTds8(settings.tls(), rawIn, rawOut);
            tls.handshake(tls.bareFlights());
            in = tls.input();
            out = tls.output();
            encryption = Encryption.STRICT;
        }

        Message prelogin = expect(TdsPackets.readMessage(in), TdsPackets.TYPE_PRELOGIN);
        int answer = encryption == Encryption.STRICT ? Prelogin.ENCRYPT_NOT_SUP // already inside TLS
                : Prelogin.negotiate(settings.mode(), Prelogin.requestedEncryption(prelogin.payload()));
        send(Prelogin.response(answer, settings.version()));

        TlsAdapter loginOnly = null;
        if (encryption != Encryption.STRICT && answer != Prelogin.ENCRYPT_NOT_SUP) {
            TlsAdapter tls = TlsAdapter.forTds7(settings.tls(), rawIn, rawOut);
            tls.handshake(tdsFlights(rawIn, rawOut));
            in = tls.input();
            out = tls.output();
            encryption = answer == Prelogin.ENCRYPT_OFF ? Encryption.LOGIN_ONLY : Encryption.FULL;
            loginOnly = answer == Prelogin.ENCRYPT_OFF ? tls : null;
        }

        Packet loginPacket = TdsPackets.readPacket(in);
        if (loginPacket == null) {
            return;
        }
        if (loginOnly != null) {
            // the driver drops TLS right after the first LOGIN7 packet: the rest of the session is plain
            in = loginOnly.plainInputAfterwards();
            out = rawOut;
        }
        Message login = expect(TdsPackets.completeMessage(loginPacket, in), TdsPackets.TYPE_LOGIN7);
        if (login(Login7.parse(login.payload()), encryption)) {
            serveRequests();
        }
    }

    /** TDS 7.x carries handshake flights in PRELOGIN messages, each flight one message. */
    private TlsAdapter.Flights tdsFlights(InputStream rawIn, OutputStream rawOut) {
        return new TlsAdapter.Flights() {
            @Override
            public byte[] receive() throws IOException {
                Message message = TdsPackets.readMessage(rawIn);
                return message == null ? null : expect(message, TdsPackets.TYPE_PRELOGIN).payload();
            }

            @Override
            public void send(byte[] flight) throws IOException {
                TdsPackets.writeMessage(rawOut, TdsPackets.TYPE_PRELOGIN, flight, TdsPackets.INITIAL_PACKET_SIZE,
                        spid);
            }
        };
    }

    /** Answers LOGIN7; {@code true} when the client is logged in. */
    private boolean login(Login7 request, Encryption encryption) throws IOException {
        List<QueryResult.Error> errors;
        String identityOrReason = null;
        if (request.integratedSecurity()) {
            SspiStep step = windowsLogin(request);
            identityOrReason = step.identity() != null ? step.identity() : step.failure();
            errors = step.identity() != null ? settings.windowsLoginErrors(step.identity(), request)
                    : List.of(QueryResult.error(18452, 1, 14, "Login failed. The login is from an untrusted domain"
                    + " and cannot be used with Integrated authentication."));
            windowsIdentity = step.identity();
        } else {
            errors = settings.loginErrors(request);
        }
        events.login(new TdsResponder.Login(request, encryption, errors.isEmpty(), identityOrReason));
        TokenWriter tokens = new TokenWriter();
        if (!errors.isEmpty()) {
            errors.forEach(error -> tokens.error(error, settings.serverName()));
            send(tokens.done(TokenWriter.DONE_ERROR, 0).toByteArray());
            return false; // SQL Server hangs up after a failed login
        }
        int agreed = request.packetSize() == 0 ? TdsPackets.INITIAL_PACKET_SIZE
                : Math.max(MIN_PACKET_SIZE, Math.min(MAX_PACKET_SIZE, request.packetSize()));
        tokens.databaseChange(settings.canonicalDatabase(request.database()), "master")
                .collationChange()
                .loginAck(settings.version())
                .packetSizeChange(agreed, TdsPackets.INITIAL_PACKET_SIZE)
                .done(TokenWriter.DONE_FINAL, 0);
        send(tokens.toByteArray());
        packetSize = agreed; // only after the reply: the driver sizes its buffer for this one by the old size
        return true;
    }

    /**
     * The SSPI exchange that LOGIN7 opened: each server token goes out in a message of its own and the client
     * answers in an SSPI message (0x11), until the acceptor has an identity or a reason to refuse. The last token
     * (Kerberos' AP-REP) also travels alone: the driver reads the login's answer as a further message.
     */
    private SspiStep windowsLogin(Login7 request) throws IOException {
        if (settings.windows() == null) {
            return SspiStep.refused("this server takes no Windows logins");
        }
        WindowsLogins.SspiAcceptor acceptor = settings.windows().acceptorFor(request.sspi());
        SspiStep step = acceptor.accept(request.sspi());
        while (!step.complete()) {
            send(new TokenWriter().sspi(step.reply()).toByteArray());
            step = acceptor.accept(expect(TdsPackets.readMessage(in), TdsPackets.TYPE_SSPI).payload());
        }
        if (step.identity() != null && step.reply().length > 0) {
            send(new TokenWriter().sspi(step.reply()).toByteArray());
        }
        return step;
    }

    private void serveRequests() throws IOException {
        for (Message request = TdsPackets.readMessage(in); request != null; request = TdsPackets.readMessage(in)) {
            switch (request.type()) {
                case -1 -> {
                    // the client abandoned this message part-way; nothing to answer
                }
                case TdsPackets.TYPE_SQL_BATCH -> send(new TokenWriter()
                        .result(answer(batchText(request.payload())), settings.serverName(), false).toByteArray());
                case TdsPackets.TYPE_RPC -> send(rpc(request.payload()));
                // the answer to the cancelled request has gone out whole already; acknowledge in a message of its own
                case TdsPackets.TYPE_ATTENTION -> send(new TokenWriter().done(TokenWriter.DONE_ATTN, 0).toByteArray());
                default -> throw new TdsProtocolException("Unsupported TDS message type 0x"
                        + Integer.toHexString(request.type()));
            }
        }
    }

    /** SQL_BATCH: ALL_HEADERS (its first field is its own length), then the SQL text. */
    private static String batchText(byte[] payload) throws TdsProtocolException {
        PayloadReader reader = new PayloadReader(payload);
        reader.position(reader.i32());
        return reader.utf16(reader.remaining() / 2);
    }

    private QueryResult answer(String sql) {
        events.query(sql);
        if (windowsIdentity != null && StandardAnswers.normalise(sql).startsWith("select suser_sname()")) {
            // the name SQL Server knows a Windows session by is the one the SSPI exchange proved
            String[] words = sql.strip().split("\\s+");
            boolean named = words.length >= 3 && words[words.length - 2].equalsIgnoreCase("as");
            String column = named ? words[words.length - 1] : "";
            return QueryResult.scalar(column, QueryResult.Type.NVARCHAR, windowsIdentity);
        }
        try {
            QueryResult result = settings.handler().apply(sql);
            return result != null ? result : QueryResult.error(UNSUPPORTED, 1, 16, "No answer configured for: " + sql);
        } catch (RuntimeException e) {
            events.failure(e);
            return QueryResult.error(UNSUPPORTED, 1, 16, "TdsResponder query handler failed: " + e);
        }
    }

    /**
     * The stored procedures mssql-jdbc calls for a PreparedStatement without parameters: sp_executesql on the
     * first execution, sp_prepexec on the second (which hands back a handle), sp_execute after that, and
     * sp_unprepare. Results sit inside the procedure (DONEINPROC); RETURNSTATUS must precede the handle's
     * RETURNVALUE, because the driver ignores return values that come before a return status.
     */
    private byte[] rpc(byte[] payload) throws TdsProtocolException {
        TokenWriter tokens = new TokenWriter();
        String server = settings.serverName();
        QueryResult result;
        try {
            RpcRequest rpc = RpcRequest.parse(payload);
            int params = rpc.params().size();
            switch (rpc.procId()) {
                case RpcRequest.SP_EXECUTESQL -> {
                    requireNoUserParameters(params > 1);
                    result = answer(rpc.text(0));
                    tokens.result(result, server, true).returnStatus(0);
                }
                case RpcRequest.SP_PREPEXEC -> {
                    requireNoUserParameters(params > 3 || rpc.text(1) != null);
                    int handle = nextHandle++;
                    prepared.put(handle, rpc.text(2));
                    result = answer(rpc.text(2));
                    tokens.result(result, server, true).returnStatus(0).returnValueInt(0, handle);
                }
                case RpcRequest.SP_EXECUTE -> {
                    requireNoUserParameters(params > 1);
                    String sql = prepared.get(rpc.integer(0));
                    // 8179 makes the driver prepare again instead of failing the statement
                    result = sql != null ? answer(sql) : QueryResult.error(8179, 1, 16,
                            "Could not find prepared statement with handle " + rpc.integer(0) + ".");
                    tokens.result(result, server, true).returnStatus(0);
                }
                case RpcRequest.SP_UNPREPARE -> {
                    prepared.remove(rpc.integer(0));
                    result = QueryResult.done();
                    tokens.returnStatus(0);
                }
                default -> {
                    result = QueryResult.error(2812, 62, 16,
                            "Could not find stored procedure '" + rpc.procName() + "'.");
                    tokens.error((QueryResult.Error) result, server);
                }
            }
        } catch (RpcRequest.Unsupported e) {
            result = QueryResult.error(UNSUPPORTED, 1, 16, "TdsResponder does not support " + e.getMessage());
            tokens = new TokenWriter().error((QueryResult.Error) result, server);
        }
        boolean failed = result instanceof QueryResult.Error;
        return tokens.doneProc(failed ? TokenWriter.DONE_ERROR : TokenWriter.DONE_FINAL).toByteArray();
    }

    private static void requireNoUserParameters(boolean present) throws RpcRequest.Unsupported {
        if (present) {
            throw new RpcRequest.Unsupported("PreparedStatement parameters");
        }
    }

    private Message expect(Message message, int type) throws IOException {
        if (message == null) {
            throw new EOFException("Client closed the connection");
        }
        if (message.type() != type) {
            throw new TdsProtocolException("Expected TDS message type 0x" + Integer.toHexString(type) + ", got 0x"
                    + Integer.toHexString(message.type()));
        }
        return message;
    }

    /** Every response travels as one REPLY message, however many packets it takes. */
    private void send(byte[] payload) throws IOException {
        TdsPackets.writeMessage(out, TdsPackets.TYPE_REPLY, payload, packetSize, spid);
    }
}
