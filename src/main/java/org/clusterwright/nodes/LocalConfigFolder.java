package org.clusterwright.nodes;

import org.clusterwright.remote.FolderAccessException.Kind;
import org.clusterwright.remote.LocalFolder;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A SharedConfig folder on this machine's disk: the server itself, or a share mounted here. */
public final class LocalConfigFolder extends LocalFolder<NodeAccessException> implements ConfigFolder {

    public LocalConfigFolder(Path folder) {
        super(folder, ConfigFolderErrors::translate);
    }

    @Override
    public void checkWritable(String fileName) throws NodeAccessException {
        Path file = path(fileName);
        if (!Files.isRegularFile(file)) {
            throw failure(new NoSuchFileException(file.toString()), fileName);
        }
        if (!Files.isWritable(file) || !Files.isWritable(folder())) {
            throw failure(Kind.NOT_WRITABLE, fileName);
        }
    }
}
