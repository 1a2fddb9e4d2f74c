package org.clusterwright.storage;

import com.hierynomus.smbj.SMBClient;
import com.hierynomus.smbj.connection.Connection;
import com.hierynomus.smbj.session.Session;
import com.hierynomus.smbj.share.DiskShare;
import com.hierynomus.smbj.share.Share;
import org.clusterwright.profile.DomainAuth;
import org.clusterwright.secrets.Secret;
import org.clusterwright.smb.SmbClients;
import org.clusterwright.smb.SmbLogin;
import org.clusterwright.storage.StorageAccessException.Kind;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The probe's one SMB connection, built up step by step (negotiate, log in, connect the share) so that each step
 * is its own check. The check that ends the run closes it; a cancelled or abandoned run never gets there, so a
 * timer closes it anyway once the longest the run could take has passed.
 */
final class StorageSession implements AutoCloseable {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "storage-probe-closer");
        thread.setDaemon(true);
        return thread;
    });

    private final SMBClient client;
    private final Connection connection;
    private final StorageLocation location;
    private final ScheduledFuture<?> closer;
    private volatile Session session;
    private volatile DiskShare share;

    private StorageSession(SMBClient client, Connection connection, StorageLocation location, Duration lifetime) {
        this.client = client;
        this.connection = connection;
        this.location = location;
        this.closer = TIMER.schedule(this::close, lifetime.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Connects and negotiates the dialect; nothing is authenticated yet. */
    static StorageSession connect(StorageLocation location, String user, Duration timeout, Duration lifetime)
            throws StorageAccessException {
        SMBClient client = new SMBClient(SmbClients.config(timeout));
        try {
            return new StorageSession(client, client.connect(location.host(), location.port()), location, lifetime);
        } catch (Exception e) {
            client.close();
            throw StorageErrors.translate(e, location, "", user);
        }
    }

    Connection connection() {
        return connection;
    }

    /** Logs in as {@code user}; the answer says with which mechanism, for the "as the service account" claim. */
    SmbLogin.Authenticated login(String user, Secret password, DomainAuth auth) throws StorageAccessException {
        try {
            SmbLogin.Authenticated login = SmbLogin.authenticate(connection, user, password, auth);
            session = login.session();
            return login;
        } catch (Exception e) {
            throw StorageErrors.translate(e, location, "", user);
        }
    }

    DiskShare connectShare(String user) throws StorageAccessException {
        try {
            Share connected = session.connectShare(location.share());
            if (!(connected instanceof DiskShare disk)) {
                connected.close();
                throw new StorageAccessException(Kind.NO_SUCH_SHARE, location.shareText() + " is not a disk share.",
                        "Use a folder share of the file server.", null);
            }
            share = disk;
            return disk;
        } catch (StorageAccessException e) {
            throw e;
        } catch (Exception e) {
            throw StorageErrors.translate(e, location, "", user);
        }
    }

    DiskShare share() {
        return share;
    }

    @Override
    public void close() {
        closer.cancel(false);
        // closing the client closes its connections, sessions and tree connects
        client.close();
    }

    /** Opens a session, logs in and connects the share in one go, for callers that need no step-by-step checks. */
    static StorageSession open(StorageLocation location, String user, Secret password, Duration timeout)
            throws IOException {
        return open(location, user, password, DomainAuth.AUTO, timeout);
    }

    /** The same, with Kerberos, NTLM or both as {@code auth} allows. */
    static StorageSession open(StorageLocation location, String user, Secret password, DomainAuth auth,
                               Duration timeout) throws IOException {
        StorageSession opened = connect(location, user, timeout, timeout.multipliedBy(20));
        try {
            opened.login(user, password, auth);
            opened.connectShare(user);
            return opened;
        } catch (IOException e) {
            opened.close();
            throw e;
        }
    }
}
