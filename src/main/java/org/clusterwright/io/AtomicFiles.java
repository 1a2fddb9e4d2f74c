package org.clusterwright.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;

/**
 * Replaces files so that a reader sees either the old content or the new, never half of it: the new content goes to
 * a temp file beside the target, which is then moved over it.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes {@code content} to {@code target} through a temp file created with {@code attributes}. */
    public static void write(Path target, byte[] content, FileAttribute<?>... attributes) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp", attributes);
        try {
            Files.write(temp, content);
            moveReplacing(temp, target);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Moves {@code from} over {@code to}, atomically where the file system can. */
    public static void moveReplacing(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the write already succeeded or failed on its own; a stray temp file is named after the target and harmless
        }
    }
}
