package org.clusterwright.nodes;

import com.hierynomus.msdtyp.AccessMask;
import com.hierynomus.mssmb2.SMB2CreateDisposition;
import com.hierynomus.mssmb2.SMB2ShareAccess;
import com.hierynomus.smbj.SMBClient;
import com.hierynomus.smbj.connection.Connection;
import com.hierynomus.smbj.session.Session;
import com.hierynomus.smbj.share.Directory;
import com.hierynomus.smbj.share.DiskShare;
import com.hierynomus.smbj.share.File;
import com.hierynomus.smbj.share.Share;
import org.clusterwright.nodes.NodeAccessException.Problem;
import org.clusterwright.profile.DomainAuth;
import org.clusterwright.secrets.Secret;
import org.clusterwright.smb.SmbClients;
import org.clusterwright.smb.SmbLogin;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

/**
 * A node's SharedConfig folder over SMB 2/3 (SMBJ), normally through the admin share {@code C$}. One connection
 * and session serve every operation until {@link #close()}.
 */
public final class SmbConfigFolder implements ConfigFolder {
    private final ConfigLocation location;
    private final String user;
    private final SMBClient client;
    private final DiskShare share;

    private SmbConfigFolder(ConfigLocation location, String user, SMBClient client, DiskShare share) {
        this.location = location;
        this.user = user;
        this.client = client;
        this.share = share;
    }

    public static SmbConfigFolder open(ConfigLocation location, String user, Secret password, Duration timeout)
            throws NodeAccessException {
        return open(location, user, password, DomainAuth.AUTO, timeout);
    }

    /** Logs in with Kerberos for a domain account, NTLM for a local one or as the fallback {@code auth} allows. */
    public static SmbConfigFolder open(ConfigLocation location, String user, Secret password, DomainAuth auth,
                                       Duration timeout) throws NodeAccessException {
        SMBClient client = new SMBClient(SmbClients.config(timeout));
        try {
            Connection connection = client.connect(location.host(), location.port());
            Session session = SmbLogin.authenticate(connection, user, password, auth).session();
            Share connected = session.connectShare(location.share());
            if (!(connected instanceof DiskShare disk)) {
                connected.close();
                throw new NodeAccessException(Problem.NO_SUCH_SHARE, "\\\\" + location.host() + "\\"
                        + location.share() + " is not a disk share.", "Use the admin share C$ or a folder share.");
            }
            return new SmbConfigFolder(location, user, client, disk);
        } catch (NodeAccessException e) {
            client.close();
            throw e;
        } catch (Exception e) {
            client.close();
            throw SmbErrors.translate(e, location, location.fileName(), user);
        }
    }

    @Override
    public String describe(String fileName) {
        return location.describe(fileName);
    }

    @Override
    public byte[] read(String fileName) throws NodeAccessException {
        try (File file = share.openFile(location.pathInShare(fileName), EnumSet.of(AccessMask.GENERIC_READ), null,
                SMB2ShareAccess.ALL, SMB2CreateDisposition.FILE_OPEN, null)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            file.read(bytes);
            return bytes.toByteArray();
        } catch (Exception e) {
            throw SmbErrors.translate(e, location, fileName, user);
        }
    }

    @Override
    public boolean exists(String fileName) throws NodeAccessException {
        try {
            return share.fileExists(location.pathInShare(fileName));
        } catch (Exception e) {
            throw SmbErrors.translate(e, location, fileName, user);
        }
    }

    @Override
    public void checkWritable(String fileName) throws NodeAccessException {
        try (File file = share.openFile(location.pathInShare(fileName), EnumSet.of(AccessMask.GENERIC_WRITE, AccessMask.DELETE),
                null, SMB2ShareAccess.ALL, SMB2CreateDisposition.FILE_OPEN, null);
             Directory folder = share.openDirectory(location.folder(), EnumSet.of(AccessMask.FILE_ADD_FILE), null,
                     SMB2ShareAccess.ALL, SMB2CreateDisposition.FILE_OPEN, null)) {
            // opening with these rights is the proof; nothing is written
        } catch (Exception e) {
            throw SmbErrors.translate(e, location, fileName, user);
        }
    }

    @Override
    public List<String> list() throws NodeAccessException {
        try {
            return SmbClients.fileNames(share, location.folder());
        } catch (Exception e) {
            throw SmbErrors.translate(e, location, "", user);
        }
    }

    @Override
    public void create(String fileName, byte[] content) throws NodeAccessException {
        try (File file = share.openFile(location.pathInShare(fileName), EnumSet.of(AccessMask.GENERIC_WRITE), null,
                EnumSet.noneOf(SMB2ShareAccess.class), SMB2CreateDisposition.FILE_CREATE, null)) {
            file.write(content, 0);
            file.flush();
        } catch (Exception e) {
            throw SmbErrors.translate(e, location, fileName, user);
        }
    }

    @Override
    public void replace(String from, String to) throws NodeAccessException {
        try (File file = share.openFile(location.pathInShare(from), EnumSet.of(AccessMask.DELETE, AccessMask.GENERIC_READ),
                null, SMB2ShareAccess.ALL, SMB2CreateDisposition.FILE_OPEN, null)) {
            file.rename(location.pathInShare(to), true);
        } catch (Exception e) {
            throw SmbErrors.translate(e, location, to, user);
        }
    }

    @Override
    public void delete(String fileName) throws NodeAccessException {
        try {
            share.rm(location.pathInShare(fileName));
        } catch (Exception e) {
            throw SmbErrors.translate(e, location, fileName, user);
        }
    }

    @Override
    public void close() {
        // closing the client closes its connections, sessions and tree connects
        client.close();
    }
}
