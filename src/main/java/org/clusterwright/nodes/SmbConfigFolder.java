package org.clusterwright.nodes;

import com.hierynomus.msdtyp.AccessMask;
import com.hierynomus.mssmb2.SMB2CreateDisposition;
import com.hierynomus.mssmb2.SMB2ShareAccess;
import com.hierynomus.smbj.share.Directory;
import com.hierynomus.smbj.share.File;
import org.clusterwright.remote.Credentials;
import org.clusterwright.remote.FolderAccessException;
import org.clusterwright.remote.SmbFolder;
import org.clusterwright.remote.SmbSession;

import java.time.Duration;
import java.util.EnumSet;

/**
 * A node's SharedConfig folder over SMB 2/3, normally through the admin share {@code C$}. One connection and
 * session serve every operation until {@link #close()}.
 */
public final class SmbConfigFolder extends SmbFolder<NodeAccessException> implements ConfigFolder {

    private SmbConfigFolder(SmbSession session) {
        super(session, true, ConfigFolderErrors::translate);
    }

    public static SmbConfigFolder open(ConfigLocation location, Credentials credentials, Duration timeout)
            throws NodeAccessException {
        try {
            return new SmbConfigFolder(SmbSession.open(location.address(), credentials, timeout));
        } catch (FolderAccessException e) {
            // the config file is what was asked for, so a failure before the share opened names it
            throw ConfigFolderErrors.translate(e.about(location.fileName()));
        }
    }

    @Override
    public void checkWritable(String fileName) throws NodeAccessException {
        try (File file = openExisting(fileName, EnumSet.of(AccessMask.GENERIC_WRITE, AccessMask.DELETE));
             Directory folder = share().openDirectory(folder(), EnumSet.of(AccessMask.FILE_ADD_FILE), null,
                     SMB2ShareAccess.ALL, SMB2CreateDisposition.FILE_OPEN, null)) {
            // opening with these rights is the proof; nothing is written
        } catch (Exception e) {
            throw failure(e, fileName);
        }
    }
}
