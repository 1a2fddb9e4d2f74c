package org.clusterwright.cli;

import org.clusterwright.check.ExitCodes;
import org.clusterwright.lab.LabFolder;
import org.clusterwright.lab.LabTraces;
import org.clusterwright.testing.ProcessEnds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code clusterwright lab start|restart|stop}, and the lab's profile checked the way its output suggests. */
class LabCommandTest {
    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    @Test
    void startPrintsTheProfileRunsUntilLabStopAndLeavesNothingRunning() throws Exception {
        Path folder = dir.resolve("lab");
        Output startOut = new Output("Stop:");
        CompletableFuture<Integer> start = CompletableFuture.supplyAsync(() -> CommandLineApp.execute(
                new PrintWriter(startOut, true), new PrintWriter(new StringWriter(), true), Map.<String, String>of()::get,
                "lab", "start", "--folder", folder.toString()));
        CompletableFuture.anyOf(startOut.seen, start).get(120, TimeUnit.SECONDS);
        assertThat(startOut.seen).as("lab start ended early: %s", startOut).isDone();

        Matcher profile = Pattern.compile("Profile: (\\S+)").matcher(startOut.toString());
        assertThat(profile.find()).as(startOut.toString()).isTrue();
        assertThat(Path.of(profile.group(1))).isEqualTo(folder.resolve("lab-profile.json")).exists();
        Path secrets = folder.resolve(LabStartCommand.SECRETS_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets))).isEqualTo("rw-------");
        String databasePassword = Files.readString(secrets).lines().filter(l -> l.startsWith("database.password="))
                .findFirst().orElseThrow().split("=", 2)[1];
        assertThat(Path.of(profile.group(1))).content().doesNotContain(databasePassword);
        long postmaster = Long.parseLong(Files.readAllLines(folder.resolve("database/postmaster.pid")).get(0).strip());
        LabTraces traces = LabTraces.of(addressesIn(startOut.toString()), postmaster);
        assertThat(traces.ports()).as("the database, three nodes and the balancer, from: %s", startOut).hasSize(5);
        assertThat(traces.leftBehind()).as("all of them run").hasSizeGreaterThan(traces.ports().size());

        Run check = run("check", "--profile", profile.group(1), "--secrets-file", secrets.toString(),
                "--step", "database", "--timeout", "10");
        assertThat(check.out()).containsPattern("PASS\\s+db\\.login").containsPattern("PASS\\s+db\\.database");
        assertThat(check.exitCode()).as(check.out()).isEqualTo(ExitCodes.WARNINGS);

        assertThat(run("lab", "restart", "proget-2", "--folder", folder.toString()).out()).contains("Restarted proget-2");
        Run unknown = run("lab", "restart", "proget-9", "--folder", folder.toString());
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(unknown.err()).contains("proget-1, proget-2, proget-3");

        Run stop = run("lab", "stop", "--folder", folder.toString());
        assertThat(stop.out()).contains("Stopped the lab");
        assertThat(start.get(30, TimeUnit.SECONDS)).isZero();
        assertThat(startOut.toString()).contains("The lab has stopped");
        assertThat(ProcessHandle.of(postmaster).filter(ProcessEnds::running)).isEmpty();
        assertThat(traces.leftBehind()).isEmpty();
        assertThat(new LabFolder(folder).pidFile()).doesNotExist();

        assertThat(run("lab", "stop", "--folder", folder.toString()).out()).contains("No lab is running");
    }

    @Test
    void startRefusesAFolderWithSomeoneElsesFiles() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        Run start = run("lab", "start", "--folder", dir.toString());
        assertThat(start.exitCode()).isEqualTo(ExitCodes.FAILURES);
        assertThat(start.err()).contains("not empty and was not made by a Clusterwright lab");
        assertThat(dir.resolve("notes.txt")).hasContent("mine");
    }

    /** Every address lab start says it runs something on: PostgreSQL's, each node's and the balancer's. */
    private static List<InetSocketAddress> addressesIn(String startOutput) {
        Matcher address = Pattern.compile("(?:on |http://)(127\\.\\d+\\.\\d+\\.\\d+):(\\d+)").matcher(startOutput);
        List<InetSocketAddress> addresses = new ArrayList<>();
        while (address.find()) {
            addresses.add(new InetSocketAddress(address.group(1), Integer.parseInt(address.group(2))));
        }
        return addresses;
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineApp.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                Map.of("CLUSTERWRIGHT_KEYRING", "off")::get, args);
        return new Run(code, out.toString(), err.toString());
    }

    /** What a command printed, with a signal for when a text first shows (PrintWriter flushes on each line). */
    private static final class Output extends StringWriter {
        private final String awaited;
        final CompletableFuture<Void> seen = new CompletableFuture<>();

        Output(String awaited) {
            this.awaited = awaited;
        }

        @Override
        public void flush() {
            if (toString().contains(awaited)) {
                seen.complete(null);
            }
        }
    }
}
