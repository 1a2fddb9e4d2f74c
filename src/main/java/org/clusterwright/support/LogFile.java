package org.clusterwright.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.ErrorManager;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/**
 * The program's log, {@value #NAME} in the log folder, as a java.util.logging handler every logger's records reach:
 * each line formatted and masked by {@link MaskedLogFormatter}. When it passes {@link #LIMIT} bytes it becomes
 * {@code clusterwright.1.log} (the one before that {@code .2}, and so on; {@value #KEPT} are kept), so the folder never
 * holds more than a few tens of megabytes. The wizard and a command may write at once: each appends whole lines.
 * The folder and the file are the user's only (on POSIX systems): even masked, a log names hosts and accounts.
 */
public final class LogFile extends Handler {
    public static final String NAME = "clusterwright.log";
    static final long LIMIT = 5L * 1024 * 1024;
    static final int KEPT = 4;

    private final Path file;
    private final long limit;
    private OutputStream out;
    private long size;
    private boolean rotationRefused;

    private LogFile(Path file, long limit) throws IOException {
        this.file = file;
        this.limit = limit;
        setFormatter(new MaskedLogFormatter());
        // the default ErrorManager prints to the console, which belongs to the command's own lines
        setErrorManager(new ErrorManager() {
            @Override
            public synchronized void error(String message, Exception failure, int code) {
                // a log that cannot be written is not worth failing or cluttering the run for
            }
        });
        open();
    }

    /** The log in {@code folder}, created (owner-only) when missing; a full one is rotated first. */
    public static LogFile open(Path folder) throws IOException {
        return open(folder, LIMIT);
    }

    static LogFile open(Path folder, long limit) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder, ownerOnly("rwx------"));
        }
        return new LogFile(folder.resolve(NAME), limit);
    }

    public Path file() {
        return file;
    }

    /** The current log and the rotated ones, newest first, as far as they exist. */
    public static List<Path> filesIn(Path folder) {
        List<Path> files = new ArrayList<>();
        for (int generation = 0; generation <= KEPT; generation++) {
            Path candidate = folder.resolve(generation == 0 ? NAME : "clusterwright." + generation + ".log");
            if (Files.isRegularFile(candidate)) {
                files.add(candidate);
            }
        }
        return files;
    }

    @Override
    public synchronized void publish(LogRecord logRecord) {
        if (out == null || !isLoggable(logRecord)) {
            return;
        }
        try {
            byte[] line = getFormatter().format(logRecord).getBytes(StandardCharsets.UTF_8);
            out.write(line);
            out.flush();
            size += line.length;
            if (size >= limit && !rotationRefused) {
                out.close();
                out = null;
                open();
            }
        } catch (IOException | RuntimeException e) {
            reportError(null, e, ErrorManager.WRITE_FAILURE);
        }
    }

    @Override
    public synchronized void flush() {
        try {
            if (out != null) {
                out.flush();
            }
        } catch (IOException e) {
            reportError(null, e, ErrorManager.FLUSH_FAILURE);
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException e) {
            reportError(null, e, ErrorManager.CLOSE_FAILURE);
        } finally {
            out = null;
        }
    }

    private void open() throws IOException {
        createIfMissing();
        if (Files.size(file) >= limit && rotate()) {
            createIfMissing();
        }
        out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        size = Files.size(file);
    }

    private void createIfMissing() throws IOException {
        try {
            Files.createFile(file, ownerOnly("rw-------"));
        } catch (FileAlreadyExistsException appendedTo) {
            // the usual case; and when the wizard and a command start together, both append to the one file
        }
    }

    /**
     * Moves each file one generation on, dropping the oldest. Where another process still has the log open and
     * the OS refuses the move (Windows), the log grows on until a later start can rotate it; this one stops trying.
     */
    private boolean rotate() {
        if (rotationRefused) {
            return false;
        }
        Path folder = file.getParent();
        try {
            for (int generation = KEPT; generation >= 1; generation--) {
                Path older = folder.resolve("clusterwright." + generation + ".log");
                Path newer = generation == 1 ? file : folder.resolve("clusterwright." + (generation - 1) + ".log");
                if (Files.exists(newer)) {
                    Files.move(newer, older, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return true;
        } catch (IOException e) {
            rotationRefused = true;
            reportError(null, e, ErrorManager.GENERIC_FAILURE);
            return false;
        }
    }

    private static FileAttribute<?>[] ownerOnly(String permissions) {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
                : new FileAttribute<?>[0];
    }
}
