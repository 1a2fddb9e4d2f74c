package org.clusterwright.journal;

import org.clusterwright.io.FilePrivacy;
import org.clusterwright.secrets.KnownSecrets;
import org.clusterwright.secrets.SecretMask;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The record of a profile's whole setup, beside it as {@code <profile-stem>-journal.jsonl}: every run of either face
 * appended as one line of JSON, never rewritten. Appends take an exclusive lock on the file, so two processes (the
 * wizard and a command, two commands) never interleave their lines; reads take a shared one. A line left incomplete
 * by a run that was interrupted mid-write is skipped on reading, and the next append starts on a line of its own.
 * The file is readable by its owner only from the moment it exists.
 */
public final class Journal {
    public static final String SUFFIX = "-journal.jsonl";
    /** A JVM may hold one lock per file: its own threads queue here before asking the file system. */
    private static final Map<Path, Object> IN_THIS_PROCESS = new ConcurrentHashMap<>();
    private static final byte NEWLINE = '\n';

    private final Path file;

    public Journal(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    /** {@code cluster.json} keeps its journal in {@code cluster-journal.jsonl}, in the same folder. */
    public static Path fileFor(Path profileFile) {
        Path absolute = profileFile.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName().toString().replaceFirst("(?i)\\.json$", "") + SUFFIX);
    }

    public static Journal besideProfile(Path profileFile) {
        return new Journal(fileFor(profileFile));
    }

    public Path file() {
        return file;
    }

    /**
     * Appends {@code entry} with every text masked for each secret this process has held ({@link KnownSecrets}: what
     * it was given, read from the keyring or typed) and for the shapes of keys and passwords; returns what was written.
     */
    public JournalEntry append(JournalEntry entry) throws IOException {
        return append(entry, SecretMask.knowing(KnownSecrets.values()));
    }

    /**
     * Appends {@code entry} with every text passed through {@code mask} (which also masks the shapes of keys and
     * passwords it is not told about), and returns what was written.
     */
    public JournalEntry append(JournalEntry entry, SecretMask mask) throws IOException {
        JournalEntry masked = entry.masked(mask);
        byte[] line = (JournalCodec.line(masked) + "\n").getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(file.getParent());
        synchronized (monitor()) {
            try (FileChannel channel = FileChannel.open(file, EnumSet.of(StandardOpenOption.CREATE,
                    StandardOpenOption.READ, StandardOpenOption.WRITE), ownerOnly());
                 FileLock ignored = channel.lock()) {
                long end = channel.size();
                channel.position(end);
                if (end > 0 && !endsWithNewline(channel, end)) {
                    writeFully(channel, ByteBuffer.wrap(new byte[] {NEWLINE}));
                }
                writeFully(channel, ByteBuffer.wrap(line));
                channel.force(false);
            }
        }
        return masked;
    }

    /** Every entry, in the order the runs were recorded; empty when nothing was recorded yet. */
    public JournalContents read() throws IOException {
        byte[] bytes;
        synchronized (monitor()) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                 FileLock ignored = channel.lock(0, Long.MAX_VALUE, true)) {
                ByteBuffer all = ByteBuffer.allocate(Math.toIntExact(channel.size()));
                while (all.hasRemaining() && channel.read(all) >= 0) {
                    // read until the buffer holds the whole file
                }
                bytes = all.array();
            } catch (NoSuchFileException nothingYet) {
                return JournalContents.empty(file);
            }
        }
        return JournalCodec.parse(file, new String(bytes, StandardCharsets.UTF_8));
    }

    private Object monitor() {
        return IN_THIS_PROCESS.computeIfAbsent(file, path -> new Object());
    }

    private static boolean endsWithNewline(FileChannel channel, long end) throws IOException {
        ByteBuffer last = ByteBuffer.allocate(1);
        channel.read(last, end - 1);
        return last.get(0) == NEWLINE;
    }

    private static void writeFully(FileChannel channel, ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    /** Owner-only as the file is created, with no moment of wider rights: mode 600, or an ACL for its owner alone. */
    private static FileAttribute<?>[] ownerOnly() throws IOException {
        return FilePrivacy.forDefaultFileSystem().ownerOnlyAtCreation();
    }
}
