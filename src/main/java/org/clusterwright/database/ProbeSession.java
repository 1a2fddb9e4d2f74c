package org.clusterwright.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The probe's one connection attempt and, when it worked, the open connection that the later checks share.
 *
 * <p>Why one connection: a connection costs a TCP, TLS and login round trip, and each attempt leaves a line in
 * the server's log; one per run keeps the probe quick and quiet. The last check closes it. Because a cancelled
 * run never reaches that check, a watchdog closes it anyway once the longest the remaining checks could take has
 * passed, so a connection can never outlive its run by more than that.
 */
final class ProbeSession implements AutoCloseable {
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "db-probe-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    private final Connection connection;
    private final SQLException failure;
    private final long connectMillis;
    private final IntegratedLogin.Attempt integrated;
    private final ScheduledFuture<?> watchdog;
    private final CompletableFuture<Void> closed = new CompletableFuture<>();

    private ProbeSession(Connection connection, SQLException failure, long connectMillis, Duration lifetime,
                         IntegratedLogin.Attempt integrated) {
        this.connection = connection;
        this.integrated = integrated;
        this.failure = failure;
        this.connectMillis = connectMillis;
        this.watchdog = connection == null ? null
                : WATCHDOG.schedule(this::close, lifetime.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Tries to connect once; never throws, the failure is kept for the checks that explain it. */
    static ProbeSession open(ProbeTarget target, ProbeBudget budget, Integer browserPort, Duration lifetime) {
        long started = System.nanoTime();
        try {
            if (target.serviceLogin().isPresent()) {
                IntegratedLogin.Connected connected = ProbeConnector.connectAsService(target, budget, browserPort);
                return new ProbeSession(connected.connection(), null, elapsed(started), lifetime, connected.attempt());
            }
            Connection connection = ProbeConnector.connect(target, budget, browserPort);
            return new ProbeSession(connection, null, elapsed(started), lifetime, null);
        } catch (IntegratedLogin.Failed e) {
            return new ProbeSession(null, e, elapsed(started), lifetime, e.attempt());
        } catch (SQLException e) {
            return new ProbeSession(null, e, elapsed(started), lifetime, null);
        }
    }

    /** How the service account's Integrated Security login was attempted; empty for a SQL login. */
    Optional<IntegratedLogin.Attempt> integrated() {
        return Optional.ofNullable(integrated);
    }

    Optional<Connection> connection() {
        return Optional.ofNullable(connection);
    }

    Optional<SQLException> failure() {
        return Optional.ofNullable(failure);
    }

    long connectMillis() {
        return connectMillis;
    }

    /** Completes once the connection is closed, by the last check or by the watchdog. */
    CompletableFuture<Void> closed() {
        return closed;
    }

    @Override
    public void close() {
        if (watchdog != null) {
            watchdog.cancel(false);
        }
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // the server may already have dropped it; there is nothing left to release
            }
        }
        closed.complete(null);
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
