package org.clusterwright.nodes;

import java.io.Closeable;
import java.util.List;

/**
 * The folder that holds a node's config file, opened once for a series of operations: over SMB for Windows
 * nodes, or on this machine's disk. The primitives are the ones a safe replace needs (create a new file, rename
 * over an existing one), so a half-written file can never take the place of the original.
 */
public interface ConfigFolder extends Closeable {

    /** Where a file of this folder is, for messages and evidence, such as {@code \\host\C$\...\ProGet.config}. */
    String describe(String fileName);

    byte[] read(String fileName) throws NodeAccessException;

    boolean exists(String fileName) throws NodeAccessException;

    /**
     * Proves, without changing anything, that the file may be replaced: it opens the file for writing and deleting
     * and the folder for adding files, then closes both. Throws ACCESS_DENIED when not, so a read-only share is
     * found while planning, before any node is written.
     */
    void checkWritable(String fileName) throws NodeAccessException;

    /** Names of the files in the folder, for before/after comparisons and finding backups. */
    List<String> list() throws NodeAccessException;

    /** Writes a new file; fails if one of that name exists, so nothing is ever overwritten by accident. */
    void create(String fileName, byte[] content) throws NodeAccessException;

    /** Renames {@code from} to {@code to}, replacing {@code to} in one step if it exists. */
    void replace(String from, String to) throws NodeAccessException;

    void delete(String fileName) throws NodeAccessException;

    @Override
    void close();
}
