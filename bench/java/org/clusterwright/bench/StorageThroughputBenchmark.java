package org.clusterwright.bench;

import org.clusterwright.secrets.Secret;
import org.clusterwright.storage.ProbeLimits;
import org.clusterwright.storage.StorageProbe;
import org.clusterwright.storage.StorageTarget;
import org.clusterwright.storage.path.StoragePath;
import org.clusterwright.testing.SambaServer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The storage probe's write and read throughput against smbclient's put and get of a file of the same size, on
 * the same private Samba share, both encrypting (the probe always asks for encryption). Best of a few alternating
 * rounds each, so a busy moment on a shared machine does not decide. One Samba run serves both benchmarks.
 */
final class StorageThroughputBenchmark implements Benchmark {
    private static final long BYTES = 64 * ProbeLimits.MIB;
    private static final int ROUNDS = 3;
    private static final double BOUND = 0.8;
    // smbclient: "putting file a as \b (81234.5 kb/s) (average ...)", "getting file \b of size N as a (9.9 KiloBytes/sec)"
    private static final Pattern RATE = Pattern.compile("\\((\\d+(?:\\.\\d+)?) (?:kb/s|KiloBytes/sec)\\)");

    private static Result result;

    private final boolean write;

    private StorageThroughputBenchmark(boolean write) {
        this.write = write;
    }

    static StorageThroughputBenchmark write() {
        return new StorageThroughputBenchmark(true);
    }

    static StorageThroughputBenchmark read() {
        return new StorageThroughputBenchmark(false);
    }

    @Override
    public String name() {
        return write ? "storage-write" : "storage-read";
    }

    @Override
    public String description() {
        return "storage probe " + (write ? "write" : "read") + " MiB/s vs smbclient " + (write ? "put" : "get")
                + " of 64 MiB on the same Samba share, encrypted (bound >= 0.8)";
    }

    @Override
    public Measurement run() throws Exception {
        Result measured = measureOnce();
        return write
                ? new Measurement("probe write", measured.probeWrite(), "smbclient put", measured.clientPut(), BOUND, "MiB/s", true)
                : new Measurement("probe read", measured.probeRead(), "smbclient get", measured.clientGet(), BOUND, "MiB/s", true);
    }

    private record Result(double probeWrite, double probeRead, double clientPut, double clientGet) {
    }

    private static synchronized Result measureOnce() throws Exception {
        if (result != null) {
            return result;
        }
        Path work = Files.createTempDirectory("cw-bench-storage");
        Path shared = Files.createDirectories(work.resolve("share"));
        Path local = work.resolve("local.bin");
        byte[] data = new byte[(int) BYTES];
        new Random(7).nextBytes(data);
        Files.write(local, data);
        try (SambaServer server = SambaServer.builder(work).share("bench", shared).start()) {
            Path credentials = work.resolve("credentials");
            Files.writeString(credentials, "username=" + server.user() + "\npassword=" + server.password() + "\n",
                    StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("rw-------"));
            StorageTarget target = StorageTarget.of(StoragePath.parse("\\\\127.0.0.1\\bench"), server.port(),
                    server.user(), Optional.of(Secret.of(server.password())), ProbeLimits.defaults());
            double probeWrite = 0, probeRead = 0, put = 0, get = 0;
            for (int round = 0; round < ROUNDS; round++) {
                var rates = StorageProbe.measureThroughput(target, BYTES, Duration.ofSeconds(60));
                probeWrite = Math.max(probeWrite, rates.writeMiBps());
                probeRead = Math.max(probeRead, rates.readMiBps());
                put = Math.max(put, smbclient(server, credentials, "put " + local + " client.bin"));
                get = Math.max(get, smbclient(server, credentials, "get client.bin " + work.resolve("back.bin")));
                Files.deleteIfExists(shared.resolve("client.bin"));
            }
            result = new Result(probeWrite, probeRead, put, get);
            return result;
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Runs one smbclient command and returns the rate it reports, in MiB/s (smbclient's kb/s are KiB/s). */
    private static double smbclient(SambaServer server, Path credentials, String command)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder("smbclient", "//127.0.0.1/bench", "-p", String.valueOf(server.port()),
                "-A", credentials.toString(), "-m", "SMB3", "--client-protection=encrypt", "-c", command)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("smbclient " + command + " failed: " + output);
        }
        Matcher rate = RATE.matcher(output);
        if (!rate.find()) {
            throw new IOException("smbclient printed no rate for " + command + ": " + output);
        }
        return Double.parseDouble(rate.group(1)) / 1024;
    }
}
