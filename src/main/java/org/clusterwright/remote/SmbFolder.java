package org.clusterwright.remote;

import com.hierynomus.msdtyp.AccessMask;
import com.hierynomus.msfscc.FileAttributes;
import com.hierynomus.msfscc.fileinformation.FileIdBothDirectoryInformation;
import com.hierynomus.mssmb2.SMB2CreateDisposition;
import com.hierynomus.mssmb2.SMB2ShareAccess;
import com.hierynomus.smbj.share.DiskShare;
import com.hierynomus.smbj.share.File;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A folder inside a share opened by {@link SmbSession}, with the file operations every caller needs. A caller adds
 * its own operations in a subclass, and words failures its own way: {@code E} is its exception, made from the one
 * vocabulary of {@link FolderAccessException}.
 */
public abstract class SmbFolder<E extends IOException> implements AutoCloseable {
    private final SmbSession session;
    private final boolean ownsSession;
    private final Function<FolderAccessException, E> wording;

    /** {@code ownsSession}: closing the folder closes the session (one opened for this folder alone). */
    protected SmbFolder(SmbSession session, boolean ownsSession, Function<FolderAccessException, E> wording) {
        this.session = session;
        this.ownsSession = ownsSession;
        this.wording = wording;
    }

    /** Where a file of this folder is ("" for the folder), for messages: the UNC path. */
    public String describe(String name) {
        return session.address().describe(name);
    }

    public byte[] read(String name) throws E {
        try (File file = openExisting(name, EnumSet.of(AccessMask.GENERIC_READ))) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            file.read(bytes);
            return bytes.toByteArray();
        } catch (Exception e) {
            throw failure(e, name);
        }
    }

    /** Whether {@code name} is a file (not a folder) of this folder. */
    public boolean exists(String name) throws E {
        try {
            return share().fileExists(path(name));
        } catch (Exception e) {
            throw failure(e, name);
        }
    }

    /** Names of the files (not folders) directly in the folder, sorted. */
    public List<String> list() throws E {
        long directory = FileAttributes.FILE_ATTRIBUTE_DIRECTORY.getValue();
        try {
            return share().list(folder()).stream().filter(entry -> (entry.getFileAttributes() & directory) == 0)
                    .map(FileIdBothDirectoryInformation::getFileName).sorted().toList();
        } catch (Exception e) {
            throw failure(e, "");
        }
    }

    /** Writes a new file; fails if one of that name exists, so nothing is ever overwritten by accident. */
    public void create(String name, byte[] content) throws E {
        try (File file = openNew(name)) {
            file.write(content, 0);
            file.flush();
        } catch (Exception e) {
            throw failure(e, name);
        }
    }

    /** Renames {@code from} to {@code to}, which must not exist. */
    public void rename(String from, String to) throws E {
        move(from, to, false);
    }

    /** Renames {@code from} to {@code to}, replacing {@code to} in one step if it exists. */
    public void replace(String from, String to) throws E {
        move(from, to, true);
    }

    public void delete(String name) throws E {
        try {
            share().rm(path(name));
        } catch (Exception e) {
            throw failure(e, name);
        }
    }

    @Override
    public void close() {
        if (ownsSession) {
            session.close();
        }
    }

    protected final DiskShare share() {
        return session.share();
    }

    /** The folder inside the share, as SMB wants it: backslashes, no leading one; "" for the share's root. */
    protected final String folder() {
        return session.address().folder();
    }

    /** A file of the folder inside the share, as SMB wants it. */
    protected final String path(String name) {
        return session.address().pathOf(name);
    }

    protected final File openExisting(String name, Set<AccessMask> access) {
        return share().openFile(path(name), access, null, SMB2ShareAccess.ALL, SMB2CreateDisposition.FILE_OPEN, null);
    }

    /** Creates {@code name} for writing, shared with nobody; fails if it exists. */
    protected final File openNew(String name) {
        return share().openFile(path(name), EnumSet.of(AccessMask.GENERIC_WRITE, AccessMask.GENERIC_READ), null,
                EnumSet.noneOf(SMB2ShareAccess.class), SMB2CreateDisposition.FILE_CREATE, null);
    }

    /** {@code thrown} while using {@code name} ("" for the folder), in the caller's words. */
    protected final E failure(Exception thrown, String name) {
        return wording.apply(SmbFailures.of(thrown, session.address(), name, session.user()));
    }

    private void move(String from, String to, boolean replacing) throws E {
        try (File file = openExisting(from, EnumSet.of(AccessMask.DELETE, AccessMask.GENERIC_READ))) {
            file.rename(path(to), replacing);
        } catch (Exception e) {
            throw failure(e, to);
        }
    }
}
