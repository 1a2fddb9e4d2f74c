package org.clusterwright.secrets;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs every keyring call on one daemon thread under a deadline. A keyring waiting for an unlock prompt nobody
 * answers, or a D-Bus peer that never replies, then costs the caller the deadline once instead of hanging the wizard
 * or a command; after that the keyring is not called again. The connection is opened on first use and closed after
 * a short idle time, because the D-Bus library keeps a non-daemon thread while connected that would keep the JVM
 * alive after the wizard's window has closed.
 */
final class KeyringWorker implements AutoCloseable {
    static final Duration IDLE = Duration.ofSeconds(2);

    private final Keyring.Opener opener;
    private final Duration deadline;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread worker = new Thread(task, "clusterwright-keyring");
        worker.setDaemon(true);
        return worker;
    });
    /** Touched on the worker thread only. */
    private Keyring connection;
    private long lastUse;
    /** The same connection, for closing it from another thread when a call overran inside it. */
    private volatile Keyring connected;
    /** Once a call overran: what to tell every later caller. */
    private volatile String overran;

    @FunctionalInterface
    interface Call<T> {
        T run(Keyring keyring) throws KeyringException;
    }

    KeyringWorker(Keyring.Opener opener, Duration deadline) {
        this.opener = opener;
        this.deadline = deadline;
    }

    <T> T call(String what, Call<T> call) throws KeyringException {
        if (overran != null) {
            throw new KeyringException(overran);
        }
        Future<T> result;
        try {
            result = thread.submit(() -> runHere(call));
        } catch (RejectedExecutionException e) {
            throw new KeyringException(what + " was not tried: the keyring connection is closed");
        }
        try {
            return result.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            overran = what + " got no answer within " + seconds(deadline) + " (is the keyring locked?)";
            abandon();
            throw new KeyringException(overran);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof KeyringException failure) {
                throw failure;
            }
            throw KeyringException.failed(what, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeyringException(what + " was interrupted");
        }
    }

    private <T> T runHere(Call<T> call) throws KeyringException {
        if (connection == null) {
            connection = opener.open();
            connected = connection;
        }
        try {
            return call.run(connection);
        } finally {
            lastUse = System.nanoTime();
            thread.schedule(this::closeIfIdle, IDLE.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void closeIfIdle() {
        if (connection != null && System.nanoTime() - lastUse >= IDLE.toNanos()) {
            disconnect();
        }
    }

    private void disconnect() {
        if (connection != null) {
            connection.close();
            connection = null;
            connected = null;
        }
    }

    /** The worker is stuck inside the connection: closing the connection from outside ends the wait and its threads. */
    private void abandon() {
        thread.shutdownNow();
        Keyring stuck = connected;
        if (stuck != null) {
            Thread closer = new Thread(stuck::close, "clusterwright-keyring-close");
            closer.setDaemon(true);
            closer.start();
        }
    }

    @Override
    public void close() {
        try {
            thread.execute(this::disconnect);
        } catch (RejectedExecutionException e) {
            // already closed, or abandoned after a call overran
        }
        thread.shutdown();
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
