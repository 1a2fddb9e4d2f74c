package org.clusterwright.storage;

import java.io.IOException;
import java.util.List;

/** The storage folder as the probe uses it, over SMB or on a local or mounted disk. */
public interface ProbeFolder extends AutoCloseable {

    /** The place of a file of this folder, for messages: a UNC path or a local path. */
    String describe(String name);

    /** Creates {@code name} with {@code content}; refuses to replace an existing file. */
    void create(String name, byte[] content) throws IOException;

    /** Creates {@code name} by writing {@code chunk} again and again until {@code total} bytes are written. */
    void createLarge(String name, byte[] chunk, long total) throws IOException;

    byte[] read(String name) throws IOException;

    /** Reads {@code name} into {@code buffer} piece by piece, keeping nothing; returns the number of bytes read. */
    long readThrough(String name, byte[] buffer) throws IOException;

    void rename(String from, String to) throws IOException;

    void delete(String name) throws IOException;

    boolean exists(String name) throws IOException;

    /** Names of the files directly in the folder. */
    List<String> list() throws IOException;

    /** Free and total bytes of the volume behind the folder, as the server reports them. */
    Space space() throws IOException;

    @Override
    void close();

    /** Free and total bytes. */
    record Space(long freeBytes, long totalBytes) {
    }
}
