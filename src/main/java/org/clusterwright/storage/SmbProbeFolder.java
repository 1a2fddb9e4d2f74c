package org.clusterwright.storage;

import com.hierynomus.msdtyp.AccessMask;
import com.hierynomus.msfscc.fileinformation.ShareInfo;
import com.hierynomus.mssmb2.SMB2CreateDisposition;
import com.hierynomus.mssmb2.SMB2ShareAccess;
import com.hierynomus.smbj.share.DiskShare;
import com.hierynomus.smbj.share.File;
import org.clusterwright.smb.SmbClients;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;

/** The storage folder inside an open SMB share; closing it leaves the share to its session's owner. */
final class SmbProbeFolder implements ProbeFolder {
    private final DiskShare share;
    private final StorageLocation location;
    private final String user;

    SmbProbeFolder(DiskShare share, StorageLocation location, String user) {
        this.share = share;
        this.location = location;
        this.user = user;
    }

    @Override
    public String describe(String name) {
        return location.describe(name);
    }

    @Override
    public void create(String name, byte[] content) throws IOException {
        try (File file = openNew(name)) {
            file.write(content, 0);
            file.flush();
        } catch (Exception e) {
            throw StorageErrors.translate(e, location, name, user);
        }
    }

    @Override
    public void createLarge(String name, byte[] chunk, long total) throws IOException {
        try (File file = openNew(name)) {
            PipelinedTransfer.write(file, chunk, total);
            file.flush();
        } catch (Exception e) {
            throw StorageErrors.translate(e, location, name, user);
        }
    }

    @Override
    public byte[] read(String name) throws IOException {
        try (File file = openExisting(name, AccessMask.GENERIC_READ)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            file.read(bytes);
            return bytes.toByteArray();
        } catch (Exception e) {
            throw StorageErrors.translate(e, location, name, user);
        }
    }

    @Override
    public long readThrough(String name, byte[] buffer) throws IOException {
        try (File file = openExisting(name, AccessMask.GENERIC_READ)) {
            return PipelinedTransfer.read(file, buffer);
        } catch (Exception e) {
            throw StorageErrors.translate(e, location, name, user);
        }
    }

    @Override
    public void rename(String from, String to) throws IOException {
        try (File file = openExisting(from, AccessMask.DELETE)) {
            file.rename(location.inShare(to), false);
        } catch (Exception e) {
            throw StorageErrors.translate(e, location, to, user);
        }
    }

    @Override
    public void delete(String name) throws IOException {
        try {
            share.rm(location.inShare(name));
        } catch (Exception e) {
            throw StorageErrors.translate(e, location, name, user);
        }
    }

    @Override
    public boolean exists(String name) throws IOException {
        try {
            return share.fileExists(location.inShare(name));
        } catch (Exception e) {
            throw StorageErrors.translate(e, location, name, user);
        }
    }

    @Override
    public List<String> list() throws IOException {
        try {
            return SmbClients.fileNames(share, location.folder());
        } catch (Exception e) {
            throw StorageErrors.translate(e, location, "", user);
        }
    }

    @Override
    public Space space() throws IOException {
        try {
            ShareInfo info = share.getShareInformation();
            return new Space(info.getCallerFreeSpace(), info.getTotalSpace());
        } catch (Exception e) {
            throw StorageErrors.translate(e, location, "", user);
        }
    }

    @Override
    public void close() {
        // the session owns the share and closes it
    }

    private File openNew(String name) {
        return share.openFile(location.inShare(name), EnumSet.of(AccessMask.GENERIC_WRITE, AccessMask.GENERIC_READ),
                null, EnumSet.noneOf(SMB2ShareAccess.class), SMB2CreateDisposition.FILE_CREATE, null);
    }

    private File openExisting(String name, AccessMask access) {
        return share.openFile(location.inShare(name), EnumSet.of(access), null, SMB2ShareAccess.ALL,
                SMB2CreateDisposition.FILE_OPEN, null);
    }
}
