package org.clusterwright.journal;

import org.clusterwright.check.CheckId;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Status;
import org.clusterwright.profile.Profile;
import org.clusterwright.secrets.SecretMask;
import org.clusterwright.testing.ProgramRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The journal file: one line per run, owner-only, safe against two writers at once and against a torn last line. */
class JournalTest {
    private static final String PASSWORD = "Corr3ct-Horse-Battery";
    private static final String KEY = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";

    @TempDir
    Path dir;

    @Test
    void eachRunIsOneLineBesideTheProfileReadBackInOrderAndOnlyItsOwnerCanReadIt() throws Exception {
        Journal journal = Journal.besideProfile(dir.resolve("Cluster.JSON"));
        assertThat(journal.file()).isEqualTo(dir.resolve("Cluster-journal.jsonl"));
        assertThat(journal.read().entries()).as("nothing recorded yet").isEmpty();

        JournalEntry first = run(profile("a"), "check", result("db.login", "database", "Logged in."));
        JournalEntry second = run(profile("a"), "apply", result("key.apply", "node-1", "Written."));
        journal.append(first, SecretMask.patterns());
        journal.append(second, SecretMask.patterns());

        assertThat(Files.readAllLines(journal.file())).hasSize(2);
        JournalContents read = journal.read();
        assertThat(read.entries()).containsExactly(first, second);
        assertThat(read.notes()).isEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(journal.file()))).isEqualTo("rw-------");
    }

    @Test
    void whatARunHeldIsMaskedButItsOwnIdsStayReadable() throws Exception {
        Journal journal = new Journal(dir.resolve("cluster-journal.jsonl"));
        Profile profile = profile("7d3f0c52-1a4e-4f7b-9c39-2b8e5d6a1f00");
        RecordedChange change = new RecordedChange("key.apply", "node-1", "ProGet.config", "ProGet.config.bak",
                Status.PASS, "Wrote " + KEY, List.of("+<EncryptionKey>" + KEY + "</EncryptionKey>",
                "+<ConnectionString>Server=sql;Password=" + PASSWORD + "</ConnectionString>"));
        JournalEntry entry = JournalEntry.of(Face.WIZARD, "key apply", List.of("key"), profile, Instant.now(),
                List.of(result("storage.login", "storage", "Logged in with " + PASSWORD)), List.of(change));

        journal.append(entry, SecretMask.knowing(List.of(PASSWORD)));

        String text = Files.readString(journal.file());
        assertThat(text).doesNotContain(PASSWORD).doesNotContain(KEY).contains("[secret masked]")
                .contains("[key masked]").contains(profile.getId()).contains(entry.runId());
        assertThat(journal.read().entries().get(0).profileId()).isEqualTo(profile.getId());
    }

    @Test
    void aTornLastLineIsLeftOutAndSaidAndTheNextRunStartsOnALineOfItsOwn() throws Exception {
        Journal journal = new Journal(dir.resolve("cluster-journal.jsonl"));
        JournalEntry whole = run(profile("a"), "check", result("db.login", "database", "Logged in."));
        journal.append(whole, SecretMask.patterns());
        String line = Files.readString(journal.file());
        // a run interrupted while writing: half its line, no line break
        Files.writeString(journal.file(), line + line.substring(0, line.length() / 2), StandardCharsets.UTF_8);

        JournalContents torn = journal.read();
        assertThat(torn.entries()).containsExactly(whole);
        assertThat(torn.notes()).containsExactly("line 2 of cluster-journal.jsonl is incomplete (the run writing it "
                + "was interrupted); it was left out.");

        JournalEntry next = run(profile("a"), "apply", result("key.apply", "node-1", "Written."));
        journal.append(next, SecretMask.patterns());
        JournalContents after = journal.read();
        assertThat(after.entries()).containsExactly(whole, next);
        assertThat(after.notes()).singleElement().asString().startsWith("line 2 of cluster-journal.jsonl is not JSON");
    }

    @Test
    void linesItCannotUseAreLeftOutEachWithItsReason() throws Exception {
        Journal journal = new Journal(dir.resolve("cluster-journal.jsonl"));
        JournalEntry kept = run(profile("a"), "check", result("db.login", "database", "Logged in."));
        journal.append(kept, SecretMask.patterns());
        String newer = JournalCodec.line(kept).replace("\"version\":1", "\"version\":7");
        Files.writeString(journal.file(), "{\"kind\":\"something-else\"}\n" + newer + "\n\n",
                java.nio.file.StandardOpenOption.APPEND);

        JournalContents read = journal.read();

        assertThat(read.entries()).containsExactly(kept);
        assertThat(read.notes()).containsExactly(
                "line 2 of cluster-journal.jsonl is not a run Clusterwright recorded; it was left out.",
                "line 3 of cluster-journal.jsonl was recorded by a newer Clusterwright (entry version 7); it was left "
                        + "out. Upgrade to see it.");
    }

    @Test
    void runsOfAnotherProfileAreLeftOutNamingItsIdAndSinceKeepsTheLaterRuns() throws Exception {
        Journal journal = new Journal(dir.resolve("cluster-journal.jsonl"));
        JournalEntry old = run(profile("old-id"), "check", result("db.login", "database", "Logged in."));
        JournalEntry mine = run(profile("new-id"), "check", result("db.login", "database", "Logged in."));
        journal.append(old, SecretMask.patterns());
        journal.append(mine, SecretMask.patterns());

        JournalContents ours = journal.read().of("new-id");
        assertThat(ours.entries()).containsExactly(mine);
        assertThat(ours.notes()).singleElement().asString().contains("1 run in cluster-journal.jsonl recorded another "
                + "profile (id old-id)").contains("write \"id\": \"old-id\" into it");
        assertThat(ours.since(mine.startedAt()).entries()).containsExactly(mine);
        assertThat(ours.since(mine.finishedAt().plusSeconds(1)).isEmpty()).isTrue();
    }

    @Test
    void twoProcessesAndSeveralThreadsAppendingAtOnceAllLandWhole() throws Exception {
        Path file = dir.resolve("cluster-journal.jsonl");
        Journal journal = new Journal(file);
        Path gate = Files.createDirectories(dir.resolve("gate"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ExecutorService writers = Executors.newFixedThreadPool(6);
        List<Future<?>> running = new ArrayList<>();
        for (String process : List.of("first", "second")) {
            running.add(writers.submit((Callable<ProgramRun>) () -> ProgramRun.run(Duration.ofSeconds(120), java, "-cp",
                    System.getProperty("java.class.path"), JournalAppender.class.getName(), file.toString(), "60",
                    process, gate.toString()).succeeded()));
        }
        // both processes started and waiting: then every writer begins at once
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!(Files.exists(gate.resolve("first.ready")) && Files.exists(gate.resolve("second.ready")))) {
            assertThat(System.nanoTime()).as("the appending processes started").isLessThan(deadline);
            Thread.sleep(20);
        }
        Files.createFile(gate.resolve("go"));
        for (String thread : List.of("t1", "t2", "t3", "t4")) {
            running.add(writers.submit((Callable<Void>) () -> {
                for (int i = 1; i <= 30; i++) {
                    journal.append(JournalAppender.run(thread + "-" + i), SecretMask.patterns());
                }
                return null;
            }));
        }
        for (Future<?> writer : running) {
            writer.get();
        }
        writers.shutdown();

        JournalContents read = journal.read();
        assertThat(read.notes()).as("no line torn or interleaved").isEmpty();
        List<String> expected = new ArrayList<>();
        List.of("first", "second").forEach(w -> IntStream.rangeClosed(1, 60).forEach(i -> expected.add(w + "-" + i)));
        List.of("t1", "t2", "t3", "t4").forEach(w -> IntStream.rangeClosed(1, 30).forEach(i -> expected.add(w + "-" + i)));
        assertThat(read.entries()).extracting(entry -> entry.results().get(0).target())
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(Files.readAllLines(file)).hasSize(expected.size());
    }

    private static Profile profile(String id) {
        Profile profile = new Profile();
        profile.setId(id);
        profile.setName("Feeds");
        return profile;
    }

    private static JournalEntry run(Profile profile, String action, CheckResult result) {
        return JournalEntry.of(Face.COMMAND_LINE, action, List.of("database"), profile, Instant.now(), List.of(result),
                List.of());
    }

    private static CheckResult result(String id, String target, String summary) {
        return new CheckResult(CheckId.of(id), target, Status.PASS, summary, "", "", 5, Map.of("n", "1"));
    }
}
