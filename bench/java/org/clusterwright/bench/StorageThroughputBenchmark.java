package org.clusterwright.bench;

import org.clusterwright.secrets.Secret;
import org.clusterwright.storage.ProbeLimits;
import org.clusterwright.storage.StorageProbe;
import org.clusterwright.storage.StorageTarget;
import org.clusterwright.storagepath.StoragePath;
import org.clusterwright.testing.SambaServer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The storage probe's write and read throughput against smbclient's put and get of a file of the same size, on
 * the same private Samba share, both encrypting with AES-128-GCM over SMB 3.1.1 (the probe always asks for
 * encryption). One uncounted warm-up round each, then paired rounds: in each the probe and smbclient move the file
 * back to back, taking turns at going first, and the bound applies to the median of the rounds' ratios. On the shared
 * two-core machine either side alone swings from round to round (smbclient's put from 113 to 467 MiB/s, one get at
 * 512 MiB/s against a usual 250), so comparing each side's best lets one lucky round decide; a pair shares its
 * moment's load, and the median of nine pairs is not moved by one or two odd ones. The share does not turn an SMB
 * FLUSH into an fsync ({@code strict sync = no}): the probe flushes the file it wrote, smbclient's put never does, and
 * the disk's fsync is not what is compared. One Samba run serves both benchmarks.
 */
final class StorageThroughputBenchmark implements Benchmark {
    private static final long BYTES = 64 * ProbeLimits.MIB;
    /** Counted rounds: odd, so the median is one round's ratio. */
    private static final int ROUNDS = 9;
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
    public List<String> notes() {
        return result == null ? List.of() : result.notes();
    }

    @Override
    public Measurement run() throws Exception {
        Result measured = measureOnce();
        return write
                ? Measurement.paired("probe write", measured.probeWrite(), "smbclient put", measured.clientPut(), BOUND, "MiB/s")
                : Measurement.paired("probe read", measured.probeRead(), "smbclient get", measured.clientGet(), BOUND, "MiB/s");
    }

    /** Each side's figure per round, in round order. */
    private record Result(double[] probeWrite, double[] probeRead, double[] clientPut, double[] clientGet,
                          List<String> notes) {
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
        // see the class comment: a FLUSH must cost the probe no fsync that smbclient is never asked for
        try (SambaServer server = SambaServer.builder(work).share("bench", shared)
                .global("strict sync", "no").start()) {
            Path credentials = work.resolve("credentials");
            Files.writeString(credentials, "username=" + server.user() + "\npassword=" + server.password() + "\n",
                    StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("rw-------"));
            StorageTarget target = StorageTarget.of(StoragePath.parse("\\\\127.0.0.1\\bench"), server.port(),
                    server.user(), Optional.of(Secret.of(server.password())), ProbeLimits.defaults());
            double[] probeWrite = new double[ROUNDS], probeRead = new double[ROUNDS];
            double[] put = new double[ROUNDS], get = new double[ROUNDS];
            List<String> rounds = new ArrayList<>();
            double probeCpu = Double.MAX_VALUE, putCpu = Double.MAX_VALUE, getCpu = Double.MAX_VALUE;
            // warm-up, not counted: the JIT compiles SMBJ and the JDK's AES, smbd and the page cache settle
            StorageProbe.measureThroughput(target, BYTES, Duration.ofSeconds(60));
            smbclient(server, credentials, "put " + local + " client.bin");
            smbclient(server, credentials, "get client.bin " + work.resolve("back.bin"));
            Files.deleteIfExists(shared.resolve("client.bin"));
            for (int round = 0; round < ROUNDS; round++) {
                boolean probeFirst = round % 2 == 0;
                Rate putting = null, getting = null;
                if (!probeFirst) {
                    putting = smbclient(server, credentials, "put " + local + " client.bin");
                    getting = smbclient(server, credentials, "get client.bin " + work.resolve("back.bin"));
                }
                double cpu = ProcessCpu.thisJvmMillis();
                var rates = StorageProbe.measureThroughput(target, BYTES, Duration.ofSeconds(60));
                probeCpu = Math.min(probeCpu, ProcessCpu.thisJvmMillis() - cpu);
                if (probeFirst) {
                    putting = smbclient(server, credentials, "put " + local + " client.bin");
                    getting = smbclient(server, credentials, "get client.bin " + work.resolve("back.bin"));
                }
                probeWrite[round] = rates.writeMiBps();
                probeRead[round] = rates.readMiBps();
                put[round] = putting.miBps();
                get[round] = getting.miBps();
                putCpu = Math.min(putCpu, putting.cpuMillis());
                getCpu = Math.min(getCpu, getting.cpuMillis());
                rounds.add(String.format(Locale.ROOT, "%.0f/%.0f vs %.0f/%.0f (%.2f, %.2f)", rates.writeMiBps(),
                        rates.readMiBps(), putting.miBps(), getting.miBps(), rates.writeMiBps() / putting.miBps(),
                        rates.readMiBps() / getting.miBps()));
                Files.deleteIfExists(shared.resolve("client.bin"));
            }
            // smbclient's start, connect and login cost the same whatever it moves: take them off its per-MiB cost
            double fixedCpu = smbclient(server, credentials, "ls").cpuMillis();
            putCpu -= fixedCpu;
            getCpu -= fixedCpu;
            double mib = BYTES / (double) ProbeLimits.MIB;
            result = new Result(probeWrite, probeRead, put, get, List.of(
                    "rounds, probe write/read vs smbclient put/get MiB/s (ratios): " + String.join("; ", rounds)
                            + " (after one uncounted warm-up round each; the probe went first in rounds 1, 3, 5...)",
                    String.format(Locale.ROOT, "client CPU per MiB moved, least of the rounds: probe %.2f ms "
                                    + "(this JVM, writing and reading, JIT and GC included); smbclient put %.2f ms, "
                                    + "get %.2f ms (its start and login, %.0f ms, taken off)",
                            probeCpu / (2 * mib), putCpu / mib, getCpu / mib, fixedCpu),
                    String.format(Locale.ROOT, "%d cores, shared with smbd and whatever else runs (load %s); "
                                    + "%s; SMBJ serialises and encrypts each request under its transport's write "
                                    + "lock, so writing uses one client thread",
                            Runtime.getRuntime().availableProcessors(), loadAverage(), StorageProbe.pipelining())));
            return result;
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** What smbclient reported, and the CPU time it took. */
    private record Rate(double miBps, double cpuMillis) {
    }

    /** Runs one smbclient command and returns the rate it reports, in MiB/s (smbclient's kb/s are KiB/s). */
    private static Rate smbclient(SambaServer server, Path credentials, String command)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(ProcessCpu.timed("smbclient", "//127.0.0.1/bench", "-p",
                String.valueOf(server.port()), "-A", credentials.toString(), "-m", "SMB3",
                "--client-protection=encrypt", "-c", command))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("smbclient " + command + " failed: " + output);
        }
        Matcher rate = RATE.matcher(output);
        if (command.equals("ls")) {
            return new Rate(Double.NaN, ProcessCpu.childMillis(output));
        }
        if (!rate.find()) {
            throw new IOException("smbclient printed no rate for " + command + ": " + output);
        }
        return new Rate(Double.parseDouble(rate.group(1)) / 1024, ProcessCpu.childMillis(output));
    }
}
