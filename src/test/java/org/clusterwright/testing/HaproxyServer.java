package org.clusterwright.testing;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A private HAProxy for one test: Debian's binary in the foreground as a child process, reading the generated config
 * after a small global section of the test's own (an admin socket in the test's folder, so the test can ask which
 * servers the health checks keep up). Not systemd, not the machine's own HAProxy.
 */
public final class HaproxyServer implements AutoCloseable {
    private final Process process;
    private final Path socket;

    private HaproxyServer(Process process, Path socket) {
        this.process = process;
        this.socket = socket;
    }

    /** Runs {@code haproxy -c} on the generated config; fails the test with HAProxy's words when it refuses it. */
    public static String check(Path folder, String config) throws IOException, InterruptedException {
        Path file = Files.writeString(Files.createDirectories(folder).resolve("balancer.cfg"), config);
        ProgramRun run = ProgramRun.run(Duration.ofSeconds(30),
                ProgramRequirements.require("haproxy", "haproxy").toString(), "-c", "-f", file.toString());
        if (run.exitCode() != 0) {
            throw new AssertionError("haproxy -c refused the config:\n" + run.output() + "\n" + config);
        }
        return run.output();
    }

    public static HaproxyServer start(Path folder, String config) throws IOException {
        Path haproxy = ProgramRequirements.require("haproxy", "haproxy");
        Files.createDirectories(folder);
        Path socket = folder.resolve("admin.sock");
        Path global = Files.writeString(folder.resolve("global.cfg"), String.join("\n",
                "global", "    stats socket " + socket + " mode 600 level admin", "    pidfile " + folder.resolve("pid"),
                ""));
        Path balancer = Files.writeString(folder.resolve("balancer.cfg"), config);
        Process process = new ProcessBuilder(haproxy.toString(), "-db", "-f", global.toString(), "-f",
                balancer.toString()).redirectErrorStream(true).redirectOutput(folder.resolve("haproxy.log").toFile())
                .start();
        return new HaproxyServer(process, socket);
    }

    /** Each server of the config's backends by name, with its health-check state (UP, DOWN, MAINT, ...). */
    public Map<String, String> serverStates() throws IOException {
        Map<String, String> states = new LinkedHashMap<>();
        List<String> lines = ask("show stat").lines().toList();
        if (lines.isEmpty()) {
            return states;
        }
        List<String> header = List.of(lines.get(0).replaceFirst("^# ", "").split(","));
        int name = header.indexOf("svname");
        int status = header.indexOf("status");
        int check = header.indexOf("check_status");
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            if (fields.length > Math.max(status, check) && !fields[name].equals("FRONTEND")
                    && !fields[name].equals("BACKEND")) {
                states.put(fields[name], fields[status] + " " + fields[check]);
            }
        }
        return states;
    }

    private String ask(String command) throws IOException {
        if (!Files.exists(socket)) {
            return "";
        }
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            channel.write(ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.UTF_8)));
            StringBuilder answer = new StringBuilder();
            ByteBuffer buffer = ByteBuffer.allocate(8192);
            while (channel.read(buffer) > 0) {
                buffer.flip();
                answer.append(StandardCharsets.UTF_8.decode(buffer));
                buffer.clear();
            }
            return answer.toString();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
