package org.clusterwright.lab;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Lets other processes reach a running lab through files in its control folder: a file {@code stop} stops it, a
 * file {@code restart-NODE} restarts that node. Files, not a port, because they need no secret (the folder is the
 * owner's alone) and work the same on every OS; the requester knows a request is done when its file is gone.
 */
final class LabControl implements AutoCloseable {
    static final String STOP = "stop";
    static final String RESTART = "restart-";

    private final Path folder;
    private final WatchService watch;
    private final Thread thread;
    private final Consumer<String> restart;
    private final Runnable stop;

    private LabControl(Path folder, Consumer<String> restart, Runnable stop) throws IOException {
        this.folder = folder;
        this.restart = restart;
        this.stop = stop;
        this.watch = folder.getFileSystem().newWatchService();
        folder.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
        this.thread = new Thread(this::serve, "clusterwright-lab-control");
        thread.setDaemon(true);
    }

    static LabControl listen(Path folder, Consumer<String> restart, Runnable stop) throws IOException {
        LabControl control = new LabControl(folder, restart, stop);
        control.thread.start();
        return control;
    }

    private void serve() {
        try {
            while (true) {
                if (answerRequests()) {
                    return;
                }
                // a timeout as well as the events: some file systems (and macOS) only report changes by polling
                WatchKey key = watch.poll(500, TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException closed) {
            // the lab stopped
        } catch (IOException e) {
            // the control folder is gone: nothing can reach the lab this way any more
        }
    }

    /** Answers what is in the folder; true once a stop was asked for. */
    private boolean answerRequests() throws IOException {
        try (DirectoryStream<Path> requests = Files.newDirectoryStream(folder)) {
            for (Path request : requests) {
                String name = request.getFileName().toString();
                if (name.equals(STOP)) {
                    stop.run();
                    Files.deleteIfExists(request);
                    return true;
                }
                if (name.startsWith(RESTART)) {
                    try {
                        restart.accept(name.substring(RESTART.length()));
                    } catch (IllegalArgumentException unknownNode) {
                        // requesters name nodes from the lab's profile; a stray file is dropped like the others
                    }
                    Files.deleteIfExists(request);
                }
            }
        }
        return false;
    }

    /** Stops listening; the thread has ended when this returns, unless this is that thread. */
    @Override
    public void close() {
        try {
            watch.close();
            if (Thread.currentThread() != thread) {
                thread.join(TimeUnit.SECONDS.toMillis(5));
            }
        } catch (IOException e) {
            // closing a watch service that failed: nothing is left to release
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
