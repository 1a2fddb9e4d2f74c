package org.clusterwright.remote;

import com.hierynomus.smbj.SMBClient;
import com.hierynomus.smbj.connection.Connection;
import com.hierynomus.smbj.session.Session;
import com.hierynomus.smbj.share.DiskShare;
import com.hierynomus.smbj.share.Share;
import org.clusterwright.remote.FolderAccessException.Kind;
import org.clusterwright.smb.SmbClients;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The one way Clusterwright opens an SMB share: connect and negotiate, log on, connect the share, either step by
 * step (so a probe can report each step) or in one go. Whoever may abandon a session (a cancelled run never reaches
 * the step that would close it) gives it a lifetime, after which a timer closes it anyway.
 */
public final class SmbSession implements AutoCloseable {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "smb-session-closer");
        thread.setDaemon(true);
        return thread;
    });

    private final SMBClient client;
    private final Connection connection;
    private final ShareAddress address;
    private final ScheduledFuture<?> closer;
    private volatile String user = "";
    private volatile Session session;
    private volatile String identity = "";
    private volatile DiskShare share;

    private SmbSession(SMBClient client, Connection connection, ShareAddress address, Duration lifetime) {
        this.client = client;
        this.connection = connection;
        this.address = address;
        this.closer = TIMER.schedule(this::close, lifetime.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Connects and negotiates the dialect; nothing is authenticated yet. */
    public static SmbSession connect(ShareAddress address, Duration timeout, Duration lifetime)
            throws FolderAccessException {
        SMBClient client = new SMBClient(SmbClients.config(timeout));
        try {
            return new SmbSession(client, client.connect(address.host(), address.port()), address, lifetime);
        } catch (Exception e) {
            client.close();
            throw SmbFailures.of(e, address, "", "");
        }
    }

    /** Connects, logs on and connects the share in one go, for callers that need no step-by-step checks. */
    public static SmbSession open(ShareAddress address, Credentials credentials, Duration timeout)
            throws FolderAccessException {
        SmbSession opened = connect(address, timeout, timeout.multipliedBy(20));
        try {
            opened.logOn(credentials);
            opened.connectShare();
            return opened;
        } catch (FolderAccessException e) {
            opened.close();
            throw e;
        }
    }

    public Connection connection() {
        return connection;
    }

    public Session logOn(Credentials credentials) throws FolderAccessException {
        user = credentials.user();
        try {
            SmbLogin.Authenticated loggedOn = credentials.logOn(connection);
            session = loggedOn.session();
            identity = loggedOn.identity() + (loggedOn.fallback().isEmpty() ? ""
                    : "; Kerberos could not be used: " + loggedOn.fallback());
            return session;
        } catch (Exception e) {
            throw SmbFailures.of(e, address, "", user);
        }
    }

    /** Connects the share as the account the session logged on as. */
    public void connectShare() throws FolderAccessException {
        Share connected;
        try {
            connected = session.connectShare(address.share());
        } catch (Exception e) {
            throw SmbFailures.of(e, address, "", user);
        }
        if (!(connected instanceof DiskShare disk)) {
            try {
                connected.close();
            } catch (Exception e) {
                // of no use either way; what to report is that it is not a disk share
            }
            throw FolderAccessException.overSmb(Kind.NOT_A_DISK_SHARE, "", address, "", user, null);
        }
        share = disk;
    }

    /**
     * Who the session is, as logged on: {@code CORP\svc-proget (Kerberos)}, with why NTLM was used when Kerberos
     * could not be; empty before the logon.
     */
    public String identity() {
        return identity;
    }

    ShareAddress address() {
        return address;
    }

    String user() {
        return user;
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
}
