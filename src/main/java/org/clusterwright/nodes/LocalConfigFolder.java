package org.clusterwright.nodes;

import org.clusterwright.io.AtomicFiles;

import org.clusterwright.nodes.NodeAccessException.Problem;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/** A SharedConfig folder on this machine's disk: the server itself, or a share mounted here. */
public final class LocalConfigFolder implements ConfigFolder {
    private final Path folder;

    public LocalConfigFolder(Path folder) {
        this.folder = folder.toAbsolutePath();
    }

    @Override
    public String describe(String fileName) {
        return folder.resolve(fileName).toString();
    }

    @Override
    public byte[] read(String fileName) throws NodeAccessException {
        try {
            return Files.readAllBytes(folder.resolve(fileName));
        } catch (IOException e) {
            throw translate(e, fileName);
        }
    }

    @Override
    public boolean exists(String fileName) throws NodeAccessException {
        requireFolder();
        return Files.isRegularFile(folder.resolve(fileName));
    }

    @Override
    public void checkWritable(String fileName) throws NodeAccessException {
        Path file = folder.resolve(fileName);
        if (!Files.isRegularFile(file)) {
            throw translate(new NoSuchFileException(file.toString()), fileName);
        }
        if (!Files.isWritable(file) || !Files.isWritable(folder)) {
            throw new NodeAccessException(Problem.ACCESS_DENIED, describe(fileName) + " or its folder is not writable "
                    + "for this user.", "Run Clusterwright as a user who may modify the SharedConfig folder.");
        }
    }

    @Override
    public List<String> list() throws NodeAccessException {
        requireFolder();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw translate(e, "");
        }
    }

    @Override
    public void create(String fileName, byte[] content) throws NodeAccessException {
        try {
            Files.write(folder.resolve(fileName), content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw translate(e, fileName);
        }
    }

    @Override
    public void replace(String from, String to) throws NodeAccessException {
        try {
            AtomicFiles.moveReplacing(folder.resolve(from), folder.resolve(to));
        } catch (IOException e) {
            throw translate(e, to);
        }
    }

    @Override
    public void delete(String fileName) throws NodeAccessException {
        try {
            Files.deleteIfExists(folder.resolve(fileName));
        } catch (IOException e) {
            throw translate(e, fileName);
        }
    }

    @Override
    public void close() {
        // nothing held open between operations
    }

    private void requireFolder() throws NodeAccessException {
        if (!Files.isDirectory(folder)) {
            throw new NodeAccessException(Problem.FILE_MISSING, "The folder " + folder + " does not exist.",
                    "Check the node's local config folder setting; is the product installed there?");
        }
    }

    private NodeAccessException translate(IOException e, String fileName) {
        String where = describe(fileName);
        if (e instanceof NoSuchFileException) {
            return new NodeAccessException(Problem.FILE_MISSING, where + " does not exist: is the product installed on this node?",
                    "Check the path; is the product installed on this node?", e);
        }
        if (e instanceof AccessDeniedException) {
            return new NodeAccessException(Problem.ACCESS_DENIED, "Access to " + where + " was denied.",
                    "Run Clusterwright as a user who may modify the SharedConfig folder.", e);
        }
        if (e instanceof FileAlreadyExistsException) {
            return new NodeAccessException(Problem.IO, where + " already exists, and Clusterwright never "
                    + "overwrites a file it did not create.", "Move the file away and try again.", e);
        }
        return new NodeAccessException(Problem.IO, "Could not use " + where + " (" + e.getClass().getSimpleName()
                + ").", "Check the disk and the folder's permissions.", e);
    }
}
