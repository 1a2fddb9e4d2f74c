package org.clusterwright.storage;

import org.clusterwright.remote.LocalFolder;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The storage folder on a local disk or a share mounted on this machine (single-host, lab, Docker host mount). */
final class LocalProbeFolder extends LocalFolder<StorageAccessException> implements StorageFolder {

    LocalProbeFolder(Path folder) {
        super(folder, StorageErrors::translate);
    }

    @Override
    public void createLarge(String name, byte[] chunk, long total) throws StorageAccessException {
        try (OutputStream out = Files.newOutputStream(path(name), StandardOpenOption.CREATE_NEW)) {
            for (long written = 0; written < total; ) {
                int length = (int) Math.min(chunk.length, total - written);
                out.write(chunk, 0, length);
                written += length;
            }
        } catch (IOException e) {
            throw failure(e, name);
        }
    }

    @Override
    public long readThrough(String name, byte[] buffer) throws StorageAccessException {
        try (InputStream in = Files.newInputStream(path(name))) {
            long total = 0;
            for (int read; (read = in.read(buffer)) > 0; ) {
                total += read;
            }
            return total;
        } catch (IOException e) {
            throw failure(e, name);
        }
    }

    @Override
    public Space space() throws IOException {
        FileStore store = Files.getFileStore(folder());
        return new Space(store.getUsableSpace(), store.getTotalSpace());
    }

    @Override
    public Presence presence() {
        return Files.isDirectory(folder()) ? Presence.FOLDER
                : Files.isRegularFile(folder()) ? Presence.FILE : Presence.MISSING;
    }

    @Override
    public void createFolders() throws StorageAccessException {
        try {
            Files.createDirectories(folder());
        } catch (IOException e) {
            throw new StorageAccessException(StorageAccessException.Kind.ACCESS_DENIED, "Could not create "
                    + describe("") + " (" + e.getClass().getSimpleName() + ").",
                    "Create it by hand, or give this account rights on its parent folder.", e);
        }
    }
}
