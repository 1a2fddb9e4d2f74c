package org.clusterwright.storage;

import org.clusterwright.storage.StorageAccessException.Kind;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/** The storage folder on a local disk or a share mounted on this machine (single-host, lab, Docker host mount). */
final class LocalProbeFolder implements ProbeFolder {
    private final Path folder;

    LocalProbeFolder(Path folder) {
        this.folder = folder;
    }

    @Override
    public String describe(String name) {
        return name.isEmpty() ? folder.toString() : folder.resolve(name).toString();
    }

    @Override
    public void create(String name, byte[] content) throws IOException {
        try {
            Files.write(folder.resolve(name), content, StandardOpenOption.CREATE_NEW, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw translate(e, name);
        }
    }

    @Override
    public void createLarge(String name, byte[] chunk, long total) throws IOException {
        try (OutputStream out = Files.newOutputStream(folder.resolve(name), StandardOpenOption.CREATE_NEW)) {
            for (long written = 0; written < total; ) {
                int length = (int) Math.min(chunk.length, total - written);
                out.write(chunk, 0, length);
                written += length;
            }
        } catch (IOException e) {
            throw translate(e, name);
        }
    }

    @Override
    public byte[] read(String name) throws IOException {
        try {
            return Files.readAllBytes(folder.resolve(name));
        } catch (IOException e) {
            throw translate(e, name);
        }
    }

    @Override
    public long readThrough(String name, byte[] buffer) throws IOException {
        try (InputStream in = Files.newInputStream(folder.resolve(name))) {
            long total = 0;
            for (int read; (read = in.read(buffer)) > 0; ) {
                total += read;
            }
            return total;
        } catch (IOException e) {
            throw translate(e, name);
        }
    }

    @Override
    public void rename(String from, String to) throws IOException {
        try {
            Files.move(folder.resolve(from), folder.resolve(to), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw translate(e, to);
        }
    }

    @Override
    public void delete(String name) throws IOException {
        try {
            Files.delete(folder.resolve(name));
        } catch (IOException e) {
            throw translate(e, name);
        }
    }

    @Override
    public boolean exists(String name) {
        return Files.exists(folder.resolve(name));
    }

    @Override
    public List<String> list() throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw translate(e, "");
        }
    }

    @Override
    public Space space() throws IOException {
        FileStore store = Files.getFileStore(folder);
        return new Space(store.getUsableSpace(), store.getTotalSpace());
    }

    @Override
    public void close() {
        // nothing is held open between calls
    }

    private StorageAccessException translate(IOException e, String name) {
        String where = describe(name);
        if (e instanceof NoSuchFileException) {
            return new StorageAccessException(Kind.NOT_FOUND, where + " does not exist.",
                    "Create the folder, or mount the share there.", e);
        }
        if (e instanceof AccessDeniedException) {
            return new StorageAccessException(Kind.ACCESS_DENIED, "This account may not change " + where + ".",
                    "Give the product's service account modify rights on the folder.", e);
        }
        return new StorageAccessException(Kind.IO, "Access to " + where + " failed (" + e.getClass().getSimpleName()
                + ").", "Check the disk or mount behind " + folder + " and try again.", e);
    }
}
