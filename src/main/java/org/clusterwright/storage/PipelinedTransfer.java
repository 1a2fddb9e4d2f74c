package org.clusterwright.storage;

import com.hierynomus.smbj.share.File;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Moves a large file over SMB with several requests on the wire at once, as Windows' and Samba's own clients do.
 * One request at a time leaves the link idle while the server answers and the server idle while the client
 * encrypts or decrypts, which made the probe measure the round trip rather than the share.
 */
final class PipelinedTransfer {
    /** Requests in flight: enough for the client's and the server's work to overlap. */
    static final int DEPTH = 4;
    /**
     * Bytes per request. SMBJ builds each request in a buffer of the next power of two above it and copies it
     * several times; at 512 KiB those buffers (1 MiB) stay ordinary young objects under G1's default 4 MiB regions
     * instead of humongous ones, and 512 KiB measured at least as fast as 1 MiB or 8 MiB requests.
     */
    static final int PIECE = 512 * 1024;

    private static final AtomicInteger READERS = new AtomicInteger();

    private PipelinedTransfer() {
    }

    /** Writes {@code chunk} again and again until {@code total} bytes are written, DEPTH pieces in flight. */
    static void write(File file, byte[] chunk, long total) throws InterruptedException {
        Deque<Piece> inFlight = new ArrayDeque<>();
        long offset = 0;
        while (offset < total || !inFlight.isEmpty()) {
            if (offset < total && inFlight.size() < DEPTH) {
                int from = (int) (offset % chunk.length);
                int length = (int) Math.min(Math.min(PIECE, chunk.length - from), total - offset);
                inFlight.add(new Piece(offset, from, length, file.writeAsync(new DirectChunks(chunk, from, length, offset))));
                offset += length;
            } else {
                inFlight.remove().await(file, chunk);
            }
        }
    }

    /**
     * Reads the file to its end into {@code buffer} (contents not kept), DEPTH readers each taking every DEPTH-th
     * piece of the file; returns the bytes read. SMBJ 0.14 offers no public asynchronous read, hence threads.
     */
    static long read(File file, byte[] buffer) throws Exception {
        int count = Math.min(DEPTH, buffer.length);
        int piece = Math.min(PIECE, buffer.length / count);
        ExecutorService readers = Executors.newFixedThreadPool(count, runnable -> {
            Thread thread = new Thread(runnable, "storage-probe-reader-" + READERS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Long>> parts = new ArrayList<>();
            for (int reader = 0; reader < count; reader++) {
                int first = reader;
                parts.add(readers.submit(() -> readEvery(file, buffer, piece, first, count)));
            }
            long read = 0;
            for (Future<Long> part : parts) {
                read += part.get();
            }
            return read;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            readers.shutdownNow();
            // the caller closes and deletes the file next: no reader may still be using it then
            awaitQuietly(readers);
        }
    }

    /** One reader: pieces {@code first}, {@code first + stride}, ... of the file, into its own part of the buffer. */
    private static long readEvery(File file, byte[] buffer, int piece, int first, int stride) {
        int into = first * piece;
        long read = 0;
        for (long offset = (long) first * piece; ; offset += (long) stride * piece) {
            int got = 0;
            while (got < piece) {
                int n = file.read(buffer, offset + got, into + got, piece - got);
                if (n <= 0) {
                    return read + got;
                }
                got += n;
            }
            read += got;
        }
    }

    private static void awaitQuietly(ExecutorService readers) {
        boolean interrupted = Thread.interrupted();
        try {
            readers.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private record Piece(long offset, int from, int length, Future<Long> written) {
        /**
         * Waits for this piece. SMBJ's asynchronous write reports a refused write only as a short count; writing the
         * piece again synchronously surfaces the server's status (disk full, access denied) for the message.
         */
        void await(File file, byte[] chunk) throws InterruptedException {
            try {
                written.get();
            } catch (ExecutionException e) {
                file.write(chunk, offset, from, length);
            }
        }
    }
}
