package org.clusterwright.database.tds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A SQL Server stand-in for tests: speaks enough TDS 7.4 (and TDS 8) for the real mssql-jdbc driver to connect,
 * log in, run {@code Statement} queries and {@code PreparedStatement}s without parameters, and fail the way a
 * real server fails (wrong password 18456, unknown database 4060, untrusted or misnamed certificates).
 *
 * <p>It listens on 127.0.0.1 only, on an ephemeral port, accepts on a daemon thread and serves each connection
 * on a daemon thread of its own. {@link #close()} stops listening and cuts every open connection. For "nothing
 * listening" use {@link #unusedPort()}.
 *
 * <p>Supported: SQL logins; SQL_BATCH; RPC calls to sp_executesql, sp_prepexec, sp_execute and sp_unprepare
 * (what mssql-jdbc sends for a PreparedStatement); ATTENTION (cancel, query timeout). Not supported, answered
 * with error 50000: PreparedStatement parameters and batched RPCs. Not supported at all: integrated or Entra ID
 * authentication, MARS, feature extensions (none is acknowledged, so the driver turns them off), transaction
 * manager requests, bulk load.
 */
public final class TdsResponder implements AutoCloseable {

    /** How the responder behaves on the wire. */
    public enum Mode {
        /** Answers ENCRYPT_NOT_SUP: no TLS at all; clients with {@code encrypt=true} give up after PRELOGIN. */
        NO_TLS,
        /**
         * Has a certificate, like a stock SQL Server: login-only TLS for {@code encrypt=false}, full TLS for
         * {@code encrypt=true}, and TDS 8 for {@code encrypt=strict}.
         */
        TLS,
        /** Forces encryption (ENCRYPT_REQ): full TLS whatever the client asked; TDS 8 for strict. */
        TLS_REQUIRED,
        /** Accepts TCP connections and never answers, like a hung server or a port forward to nowhere. */
        BLACK_HOLE
    }

    /** How a session ended up encrypted. */
    public enum Encryption { NONE, LOGIN_ONLY, FULL, STRICT }

    /**
     * One LOGIN7 the responder received, how it travelled, and whether it was accepted.
     *
     * @param windowsIdentity for Integrated Security, the identity the SSPI exchange proved ({@code CW\svc}), or
     *                        why it was refused; null for a SQL login
     */
    public record Login(Login7 request, Encryption encryption, boolean accepted, String windowsIdentity) {
    }

    /** What sessions report back. */
    interface Events {
        void login(Login login);

        void query(String sql);

        void failure(Throwable problem);
    }

    private final ResponderSettings settings;
    private final ServerSocket server;
    private final Thread acceptor;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final List<Login> logins = new CopyOnWriteArrayList<>();
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();
    private final AtomicInteger accepted = new AtomicInteger();
    private volatile boolean closed;

    private TdsResponder(ResponderSettings settings, int port) throws IOException {
        this.settings = settings;
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        this.acceptor = new Thread(this::acceptLoop, "tds-responder-" + port());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A loopback port that nothing listens on right now (freed after binding), for "connection refused" cases. */
    public static int unusedPort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Mode mode() {
        return settings.mode();
    }

    /** Always the IPv4 loopback address, "127.0.0.1". */
    public String host() {
        return server.getInetAddress().getHostAddress();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** A URL with the server given as 127.0.0.1; certificate tests build theirs with the name they need. */
    public String jdbcUrl() {
        return "jdbc:sqlserver://" + host() + ":" + port();
    }

    /** Every LOGIN7 received so far, in order. */
    public List<Login> logins() {
        return List.copyOf(logins);
    }

    /** Every SQL text received so far (batches and prepared statements), in order. */
    public List<String> queries() {
        return List.copyOf(queries);
    }

    /**
     * Problems on the responder's side: protocol it did not understand, a query handler that threw. Clients
     * that disconnect or refuse a certificate are not problems. Tests should expect this to stay empty.
     */
    public List<Throwable> failures() {
        return List.copyOf(failures);
    }

    /** TCP connections accepted so far. */
    public int acceptedConnections() {
        return accepted.get();
    }

    private void acceptLoop() {
        Events events = new Events() {
            @Override
            public void login(Login login) {
                logins.add(login);
            }

            @Override
            public void query(String sql) {
                queries.add(sql);
            }

            @Override
            public void failure(Throwable problem) {
                failures.add(problem);
            }
        };
        while (!closed) {
            try {
                Socket socket = server.accept();
                connections.add(socket);
                int number = accepted.incrementAndGet();
                Thread session = new Thread(() -> {
                    try {
                        new TdsSession(socket, 50 + number, settings, events).run();
                    } finally {
                        connections.remove(socket);
                    }
                }, "tds-responder-" + port() + "-connection-" + number);
                session.setDaemon(true);
                session.start();
            } catch (IOException e) {
                if (!closed) {
                    failures.add(e);
                }
                return;
            }
        }
    }

    /** Stops listening and closes every open connection; sessions end on their own from there. */
    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            failures.add(e);
        }
        for (Socket socket : connections) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a socket the client already dropped: nothing left to release
            }
        }
        try {
            acceptor.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Configures and starts a responder. Without {@link #login} calls any user and password are accepted. */
    public static final class Builder {
        private Mode mode = Mode.NO_TLS;
        private KeyStore keyStore;
        private char[] keyPassword;
        private final Map<String, String> credentials = new LinkedHashMap<>();
        private final Map<String, String> databases = new LinkedHashMap<>(Map.of("master", "master"));
        private QueryHandler handler;
        private ServerVersion version = ServerVersion.SQL_SERVER_2022;
        private String serverName = "TDSRESPONDER";
        private int loginFailureState = 1;
        private WindowsLogins windows;
        private int port;

        private Builder() {
        }

        public Builder mode(Mode mode) {
            this.mode = Objects.requireNonNull(mode);
            return this;
        }

        /** The server's certificate and private key, required by the TLS modes. */
        public Builder keyStore(KeyStore keyStore, char[] password) {
            this.keyStore = Objects.requireNonNull(keyStore);
            this.keyPassword = password.clone();
            return this;
        }

        /** Adds a SQL login; user names compare case-insensitively, passwords exactly. */
        public Builder login(String user, String password) {
            credentials.put(user.toLowerCase(Locale.ROOT), Objects.requireNonNull(password));
            return this;
        }

        /** A fixed port (0, the default, takes a free one): a Kerberos SPN names the port before the server starts. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Accepts Integrated Security logins (Kerberos, NTLM) as a domain-joined SQL Server does. */
        public Builder windowsLogins(WindowsLogins windows) {
            this.windows = Objects.requireNonNull(windows);
            return this;
        }

        /** Adds a database a login may open; "master" always exists and is the default. */
        public Builder database(String name) {
            databases.put(name.toLowerCase(Locale.ROOT), name);
            return this;
        }

        /** Answers queries first; whatever it returns {@code null} for goes to {@link QueryHandler#standard}. */
        public Builder queryHandler(QueryHandler handler) {
            this.handler = Objects.requireNonNull(handler);
            return this;
        }

        public Builder version(ServerVersion version) {
            this.version = Objects.requireNonNull(version);
            return this;
        }

        /** The server name in error messages ({@code @@SERVERNAME}). */
        public Builder serverName(String serverName) {
            this.serverName = Objects.requireNonNull(serverName);
            return this;
        }

        /** The state of error 18456; SQL Server sends 1 to clients whatever the real reason. */
        public Builder loginFailureState(int state) {
            this.loginFailureState = state;
            return this;
        }

        public TdsResponder start() throws IOException {
            boolean tls = mode == Mode.TLS || mode == Mode.TLS_REQUIRED;
            if (tls && keyStore == null) {
                throw new IllegalStateException(mode + " needs a key store with the server's certificate");
            }
            QueryHandler standard = QueryHandler.standard(version);
            return new TdsResponder(new ResponderSettings(mode, tls ? sslContext() : null, Map.copyOf(credentials),
                    Map.copyOf(databases), handler == null ? standard : handler.orElse(standard), version, serverName,
                    loginFailureState, windows), port);
        }

        private SSLContext sslContext() throws IOException {
            try {
                KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(keyStore, keyPassword);
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(keys.getKeyManagers(), null, null);
                return context;
            } catch (GeneralSecurityException e) {
                throw new IOException("Cannot use the key store for TLS: " + e.getMessage(), e);
            }
        }
    }
}
