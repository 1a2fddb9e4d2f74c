package org.clusterwright.storage;

import com.hierynomus.msdtyp.AccessMask;
import com.hierynomus.msfscc.fileinformation.ShareInfo;
import com.hierynomus.smbj.share.File;
import org.clusterwright.remote.Credentials;
import org.clusterwright.remote.FolderAccessException;
import org.clusterwright.remote.ShareAddress;
import org.clusterwright.remote.SmbFolder;
import org.clusterwright.remote.SmbSession;

import java.time.Duration;
import java.util.EnumSet;

/** The storage folder inside an SMB share, with the probe's own operations: large files, free space, the folder. */
final class SmbProbeFolder extends SmbFolder<StorageAccessException> implements StorageFolder {

    /** The folder of the share {@code session} connected; the session stays with its owner. */
    SmbProbeFolder(SmbSession session) {
        this(session, false);
    }

    private SmbProbeFolder(SmbSession session, boolean ownsSession) {
        super(session, ownsSession, StorageErrors::translate);
    }

    /** Opens a session of its own, closed with the folder. */
    static SmbProbeFolder open(ShareAddress address, Credentials credentials, Duration timeout)
            throws StorageAccessException {
        try {
            return new SmbProbeFolder(SmbSession.open(address, credentials, timeout), true);
        } catch (FolderAccessException e) {
            throw StorageErrors.translate(e);
        }
    }

    @Override
    public void createLarge(String name, byte[] chunk, long total) throws StorageAccessException {
        try (File file = openNew(name)) {
            PipelinedTransfer.write(file, chunk, total);
            file.flush();
        } catch (Exception e) {
            throw failure(e, name);
        }
    }

    @Override
    public long readThrough(String name, byte[] buffer) throws StorageAccessException {
        try (File file = openExisting(name, EnumSet.of(AccessMask.GENERIC_READ))) {
            return PipelinedTransfer.read(file, buffer);
        } catch (Exception e) {
            throw failure(e, name);
        }
    }

    @Override
    public Space space() throws StorageAccessException {
        try {
            ShareInfo info = share().getShareInformation();
            return new Space(info.getCallerFreeSpace(), info.getTotalSpace());
        } catch (Exception e) {
            throw failure(e, "");
        }
    }

    @Override
    public Presence presence() throws StorageAccessException {
        try {
            if (folder().isEmpty() || share().folderExists(folder())) {
                return Presence.FOLDER;
            }
            return share().fileExists(folder()) ? Presence.FILE : Presence.MISSING;
        } catch (Exception e) {
            throw failure(e, "");
        }
    }

    @Override
    public void createFolders() throws StorageAccessException {
        String path = "";
        for (String part : folder().split("\\\\")) {
            path = path.isEmpty() ? part : path + "\\" + part;
            try {
                if (!share().folderExists(path)) {
                    share().mkdir(path);
                }
            } catch (Exception e) {
                throw failure(e, "");
            }
        }
    }
}
