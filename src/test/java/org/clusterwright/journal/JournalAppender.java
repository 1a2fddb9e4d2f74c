package org.clusterwright.journal;

import org.clusterwright.check.CheckId;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Status;
import org.clusterwright.profile.Profile;
import org.clusterwright.secrets.SecretMask;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A process of its own that appends runs to a journal, for the test that two processes appending at once both land:
 * {@code JournalAppender FILE COUNT NAME GATE} creates {@code GATE/NAME.ready}, waits for {@code GATE/go}, then appends
 * COUNT runs whose single result's target is NAME-1, NAME-2, ... So every writer starts at the same moment.
 */
public final class JournalAppender {
    private JournalAppender() {
    }

    public static void main(String[] args) throws Exception {
        Journal journal = new Journal(Path.of(args[0]));
        int count = Integer.parseInt(args[1]);
        Path gate = Path.of(args[3]);
        Files.createFile(gate.resolve(args[2] + ".ready"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(gate.resolve("go")) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        for (int i = 1; i <= count; i++) {
            journal.append(run(args[2] + "-" + i), SecretMask.patterns());
        }
    }

    /** A run with one result, on a target that names who appended it; large, so a torn write would show. */
    static JournalEntry run(String target) {
        Profile profile = new Profile();
        profile.setId("appenders");
        CheckResult result = new CheckResult(CheckId.of("input.general"), target, Status.PASS, "Appended by " + target,
                "x".repeat(4000), "", 1, Map.of());
        return JournalEntry.of(Face.COMMAND_LINE, "check", List.of("database"), profile, Instant.now(),
                List.of(result), List.of());
    }
}
