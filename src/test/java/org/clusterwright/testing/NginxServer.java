package org.clusterwright.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A private nginx for one test: Debian's binary run in the foreground as a child process, with its prefix, pid,
 * logs and temp folders inside the test's folder, serving a generated http-context config (the same text the CLI
 * writes for /etc/nginx/conf.d/). Not systemd, not the machine's own nginx.
 */
public final class NginxServer implements AutoCloseable {
    private static final Duration READY_WITHIN = Duration.ofSeconds(10);

    private final Path folder;
    private final Process process;

    private NginxServer(Path folder, Process process) {
        this.folder = folder;
        this.process = process;
    }

    /** A free loopback port for the balancer to listen on. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Runs {@code nginx -t} on the config; returns nginx's output, or fails the test with it. */
    public static String test(Path folder, String httpConfig) throws IOException, InterruptedException {
        Path main = writeFiles(folder, httpConfig);
        Process check = new ProcessBuilder(nginx().toString(), "-t", "-p", folder.toString(), "-c", main.toString(),
                "-e", folder.resolve("logs/error.log").toString()).redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!check.waitFor(30, TimeUnit.SECONDS) || check.exitValue() != 0) {
            throw new AssertionError("nginx -t refused the config:\n" + output + "\n" + httpConfig);
        }
        return output;
    }

    public static NginxServer start(Path folder, String httpConfig, int port) throws IOException, InterruptedException {
        Path main = writeFiles(folder, httpConfig);
        Process process = new ProcessBuilder(nginx().toString(), "-p", folder.toString(), "-c", main.toString(),
                "-e", folder.resolve("logs/error.log").toString(), "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(folder.resolve("logs/stdout.log").toFile()).start();
        NginxServer server = new NginxServer(folder, process);
        server.awaitPort(port);
        return server;
    }

    public String errorLog() {
        try {
            return Files.readString(folder.resolve("logs/error.log"));
        } catch (IOException e) {
            return "(no error log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        // SIGTERM is nginx's fast shutdown; the workers end with the master
        List<ProcessHandle> workers = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        workers.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private void awaitPort(int port) throws InterruptedException {
        long until = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new AssertionError("nginx ended at start (exit " + process.exitValue() + "):\n" + errorLog());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(20);
            }
        }
        throw new AssertionError("nginx did not listen on port " + port + " within " + READY_WITHIN + ":\n" + errorLog());
    }

    private static Path nginx() {
        return ProgramRequirements.require("nginx", "nginx");
    }

    private static Path writeFiles(Path folder, String httpConfig) throws IOException {
        for (String sub : List.of("conf", "logs", "tmp")) {
            Files.createDirectories(folder.resolve(sub));
        }
        Path cluster = folder.resolve("conf/cluster.conf");
        Files.writeString(cluster, httpConfig);
        String temp = folder.resolve("tmp").toString();
        String main = String.join("\n",
                "worker_processes 2;",
                // as root nginx would switch its workers to 'nobody', who cannot write the test's temp folders
                isRoot() ? "user root;" : "",
                "pid " + folder.resolve("logs/nginx.pid") + ";",
                "error_log " + folder.resolve("logs/error.log") + " info;",
                "events { worker_connections 256; }",
                "http {",
                "    access_log " + folder.resolve("logs/access.log") + ";",
                "    client_body_temp_path " + temp + "/body;",
                "    proxy_temp_path " + temp + "/proxy;",
                "    fastcgi_temp_path " + temp + "/fastcgi;",
                "    uwsgi_temp_path " + temp + "/uwsgi;",
                "    scgi_temp_path " + temp + "/scgi;",
                "    include " + cluster + ";",
                "}", "");
        Path file = folder.resolve("conf/nginx.conf");
        Files.writeString(file, main);
        return file;
    }

    private static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
