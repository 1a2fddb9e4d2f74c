package org.clusterwright.remote;

import org.clusterwright.io.AtomicFiles;
import org.clusterwright.remote.FolderAccessException.Kind;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A folder on this machine's disk (the server itself, a lab, or a share mounted here), with the file operations
 * every caller needs; nothing is held open. As with {@link SmbFolder}, a caller adds its own operations in a
 * subclass, and {@code E} is its exception, made from the one vocabulary of {@link FolderAccessException}.
 */
public abstract class LocalFolder<E extends IOException> implements AutoCloseable {
    private final Path folder;
    private final Function<FolderAccessException, E> wording;

    protected LocalFolder(Path folder, Function<FolderAccessException, E> wording) {
        this.folder = folder.toAbsolutePath();
        this.wording = wording;
    }

    /** Where a file of this folder is ("" for the folder), for messages. */
    public String describe(String name) {
        return name.isEmpty() ? folder.toString() : path(name).toString();
    }

    public byte[] read(String name) throws E {
        try {
            return Files.readAllBytes(path(name));
        } catch (IOException e) {
            throw failure(e, name);
        }
    }

    /** Whether {@code name} is a file (not a folder) of this folder. */
    public boolean exists(String name) {
        return Files.isRegularFile(path(name));
    }

    /** Names of the files (not folders) directly in the folder, sorted. */
    public List<String> list() throws E {
        if (!Files.isDirectory(folder)) {
            throw failure(Kind.FOLDER_MISSING, "");
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw failure(e, "");
        }
    }

    /** Writes a new file and syncs it to the disk; fails if one of that name exists. */
    public void create(String name, byte[] content) throws E {
        try {
            Files.write(path(name), content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw failure(e, name);
        }
    }

    /** Renames {@code from} to {@code to} in one step. */
    public void rename(String from, String to) throws E {
        try {
            Files.move(path(from), path(to), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw failure(e, to);
        }
    }

    /** Renames {@code from} to {@code to}, replacing {@code to} in one step (where the file system can). */
    public void replace(String from, String to) throws E {
        try {
            AtomicFiles.moveReplacing(path(from), path(to));
        } catch (IOException e) {
            throw failure(e, to);
        }
    }

    public void delete(String name) throws E {
        try {
            Files.delete(path(name));
        } catch (IOException e) {
            throw failure(e, name);
        }
    }

    @Override
    public void close() {
        // nothing is held open between calls
    }

    protected final Path folder() {
        return folder;
    }

    protected final Path path(String name) {
        return folder.resolve(name);
    }

    /** {@code thrown} while using {@code name} ("" for the folder), in the caller's words. */
    protected final E failure(IOException thrown, String name) {
        Kind kind = thrown instanceof NoSuchFileException ? Kind.NOT_FOUND
                : thrown instanceof AccessDeniedException ? Kind.ACCESS_DENIED
                : thrown instanceof FileAlreadyExistsException ? Kind.ALREADY_EXISTS : Kind.OTHER;
        return wording.apply(FolderAccessException.onDisk(kind, thrown.getClass().getSimpleName(), folder, name,
                thrown));
    }

    /** A failure found without an exception, such as a file whose permissions forbid changing it. */
    protected final E failure(Kind kind, String name) {
        return wording.apply(FolderAccessException.onDisk(kind, "", folder, name, null));
    }
}
