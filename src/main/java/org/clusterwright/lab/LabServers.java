package org.clusterwright.lab;

import com.sun.net.httpserver.HttpServer;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** The threads of the lab's HTTP servers (nodes and balancer), and stopping them so their ports are free again. */
final class LabServers {
    private LabServers() {
    }

    /** Daemon threads, so a lab that was never stopped does not keep the program alive. */
    static ExecutorService workers(String threadName) {
        return Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Stops listening at once and ends the server's threads, so its port is free when this returns. */
    static void stop(HttpServer server, ExecutorService workers) {
        server.stop(0);
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
