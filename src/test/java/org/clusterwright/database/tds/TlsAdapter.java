package org.clusterwright.database.tds;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;

/**
 * Server side of TLS for TDS, on an {@link SSLEngine} rather than an SSLSocket because TDS 7.x needs control of
 * where each handshake flight starts and ends: the handshake travels inside PRELOGIN messages, one message per
 * flight (mssql-jdbc asserts it never reads more messages than it sent), and only afterwards does TLS run bare
 * over the socket. The engine also never reads ahead of what it was handed, so switching back to plain TDS
 * after a login-only encryption loses no bytes.
 */
final class TlsAdapter {
    /** Carries handshake flights: wrapped in TDS messages for TDS 7.x, bare for TDS 8. */
    interface Flights {
        /** The next bytes from the client, or {@code null} at end of stream. */
        byte[] receive() throws IOException;

        void send(byte[] flight) throws IOException;
    }

    private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);

    private final SSLEngine engine;
    private final InputStream rawIn;
    private final OutputStream rawOut;
    /** Ciphertext received and not yet unwrapped; kept in write mode. */
    private ByteBuffer netIn;
    /** Plaintext unwrapped and not yet read; kept in read mode. */
    private ByteBuffer appIn;
    private ByteBuffer netOut;

    /**
     * TLS for TDS 7.x: TLS 1.2 only. With TLS 1.3 the server's session ticket would arrive after the client has
     * finished its handshake and switched to bare TLS, still wrapped in a PRELOGIN packet, and break the stream.
     */
    static TlsAdapter forTds7(SSLContext context, InputStream rawIn, OutputStream rawOut) {
        SSLEngine engine = context.createSSLEngine();
        engine.setUseClientMode(false);
        engine.setEnabledProtocols(new String[] {"TLSv1.2"});
        return new TlsAdapter(engine, rawIn, rawOut);
    }

    /** TLS for TDS 8 ({@code encrypt=strict}): bare TLS from the first byte, ALPN "tds/8.0", TLS 1.2 or 1.3. */
    static TlsAdapter forTds8(SSLContext context, InputStream rawIn, OutputStream rawOut) {
        SSLEngine engine = context.createSSLEngine();
        engine.setUseClientMode(false);
        SSLParameters parameters = engine.getSSLParameters();
        parameters.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
        parameters.setApplicationProtocols(new String[] {"tds/8.0"});
        engine.setSSLParameters(parameters);
        return new TlsAdapter(engine, rawIn, rawOut);
    }

    private TlsAdapter(SSLEngine engine, InputStream rawIn, OutputStream rawOut) {
        this.engine = engine;
        this.rawIn = rawIn;
        this.rawOut = rawOut;
        this.netIn = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
        this.appIn = ByteBuffer.allocate(engine.getSession().getApplicationBufferSize()).limit(0);
        this.netOut = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
    }

    /** Bare TLS flights over the socket, as TDS 8 sends them. */
    Flights bareFlights() {
        return new Flights() {
            @Override
            public byte[] receive() throws IOException {
                byte[] buffer = new byte[netIn.capacity()];
                int read = rawIn.read(buffer);
                return read < 0 ? null : Arrays.copyOf(buffer, read);
            }

            @Override
            public void send(byte[] flight) throws IOException {
                rawOut.write(flight);
                rawOut.flush();
            }
        };
    }

    /** Runs the handshake; everything written by the engine between two reads goes out as one flight. */
    void handshake(Flights flights) throws IOException {
        engine.beginHandshake();
        ByteArrayOutputStream flight = new ByteArrayOutputStream();
        while (true) {
            switch (engine.getHandshakeStatus()) {
                case NEED_WRAP -> {
                    netOut.clear();
                    SSLEngineResult result = engine.wrap(EMPTY, netOut);
                    flight.write(netOut.array(), 0, netOut.position());
                    if (result.getStatus() == SSLEngineResult.Status.CLOSED) {
                        // the engine gave up and wrapped an alert: let the client see why, then stop
                        flights.send(flight.toByteArray());
                        throw new SSLException("TLS handshake aborted by the responder's engine");
                    }
                }
                case NEED_UNWRAP -> {
                    if (flight.size() > 0) {
                        flights.send(flight.toByteArray());
                        flight.reset();
                    }
                    unwrapHandshake(flights);
                }
                case NEED_TASK -> runTasks();
                case NOT_HANDSHAKING, FINISHED -> {
                    if (flight.size() > 0) {
                        flights.send(flight.toByteArray());
                    }
                    return;
                }
                default -> throw new SSLException("Unexpected handshake status " + engine.getHandshakeStatus());
            }
        }
    }

    private void unwrapHandshake(Flights flights) throws IOException {
        SSLEngineResult result = unwrap();
        switch (result.getStatus()) {
            case BUFFER_UNDERFLOW -> {
                byte[] received = flights.receive();
                if (received == null) {
                    throw new EOFException("Client closed the connection during the TLS handshake");
                }
                room(received.length).put(received);
            }
            case CLOSED -> throw new EOFException("Client closed TLS during the handshake");
            default -> {
            }
        }
    }

    /** Unwraps at most one record from {@link #netIn} into {@link #appIn}, keeping both buffers' modes. */
    private SSLEngineResult unwrap() throws SSLException {
        netIn.flip();
        appIn.compact();
        try {
            SSLEngineResult result = engine.unwrap(netIn, appIn);
            if (result.getStatus() == SSLEngineResult.Status.BUFFER_OVERFLOW) {
                appIn.flip();
                appIn = ByteBuffer.allocate(appIn.capacity() * 2).put(appIn);
            }
            return result;
        } finally {
            netIn.compact();
            appIn.flip();
        }
    }

    /** {@link #netIn} with room for {@code bytes} more. */
    private ByteBuffer room(int bytes) {
        if (netIn.remaining() < bytes) {
            netIn.flip();
            netIn = ByteBuffer.allocate(Math.max(netIn.capacity() * 2, netIn.limit() + bytes)).put(netIn);
        }
        return netIn;
    }

    private void runTasks() {
        for (Runnable task = engine.getDelegatedTask(); task != null; task = engine.getDelegatedTask()) {
            task.run();
        }
    }

    /** Plaintext after the handshake; -1 at close_notify or end of stream. */
    InputStream input() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                if (!fill()) {
                    return -1;
                }
                int count = Math.min(len, appIn.remaining());
                appIn.get(b, off, count);
                return count;
            }
        };
    }

    private boolean fill() throws IOException {
        while (!appIn.hasRemaining()) {
            SSLEngineResult result = unwrap();
            switch (result.getStatus()) {
                case BUFFER_UNDERFLOW -> {
                    room(1);
                    int read = rawIn.read(netIn.array(), netIn.position(), netIn.remaining());
                    if (read < 0) {
                        return false;
                    }
                    netIn.position(netIn.position() + read);
                }
                case CLOSED -> {
                    return false;
                }
                default -> afterRecord(result);
            }
        }
        return true;
    }

    /** Post-handshake records (a TLS 1.3 key update, say) may ask the engine for work or a reply. */
    private void afterRecord(SSLEngineResult result) throws IOException {
        if (result.getHandshakeStatus() == SSLEngineResult.HandshakeStatus.NEED_TASK) {
            runTasks();
        }
        if (engine.getHandshakeStatus() == SSLEngineResult.HandshakeStatus.NEED_WRAP) {
            wrapAndWrite(EMPTY);
            rawOut.flush();
        }
    }

    /** Plaintext to send; each write becomes one or more TLS records, flush pushes them out. */
    OutputStream output() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                wrapAndWrite(ByteBuffer.wrap(b, off, len));
            }

            @Override
            public void flush() throws IOException {
                rawOut.flush();
            }
        };
    }

    private void wrapAndWrite(ByteBuffer plain) throws IOException {
        do {
            netOut.clear();
            SSLEngineResult result = engine.wrap(plain, netOut);
            switch (result.getStatus()) {
                case BUFFER_OVERFLOW -> netOut = ByteBuffer.allocate(netOut.capacity() * 2);
                case CLOSED -> throw new SSLException("TLS session is closed");
                default -> rawOut.write(netOut.array(), 0, netOut.position());
            }
        } while (plain.hasRemaining());
    }

    /**
     * The socket's plain input after login-only encryption ends. Bytes that arrived behind the last TLS record
     * (the rest of a multi-packet LOGIN7, which the driver sends in the clear) are served first.
     */
    InputStream plainInputAfterwards() throws TdsProtocolException {
        if (appIn.hasRemaining()) {
            throw new TdsProtocolException("Client sent more encrypted data than the first LOGIN7 packet");
        }
        if (netIn.position() == 0) {
            return rawIn;
        }
        byte[] leftover = Arrays.copyOf(netIn.array(), netIn.position());
        return new SequenceInputStream(new ByteArrayInputStream(leftover), rawIn);
    }
}
