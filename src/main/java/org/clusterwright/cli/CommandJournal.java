package org.clusterwright.cli;

import org.clusterwright.check.CheckResult;
import org.clusterwright.journal.Face;
import org.clusterwright.journal.Journal;
import org.clusterwright.journal.JournalEntry;
import org.clusterwright.journal.RecordedChange;
import org.clusterwright.profile.Profile;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Records a command's run in the journal beside its profile, for 'clusterwright report': what ran, its results and
 * what it changed, every secret the process held masked. A journal that cannot be written is said on standard error but
 * changes no exit code: the run happened and its verdict stands.
 */
final class CommandJournal {
    private CommandJournal() {
    }

    /** Records the run and returns the journal's file, or nothing when it could not be written. */
    static Optional<Path> record(CommandSpec spec, Path profileFile, Profile profile, String action,
                                 Collection<String> steps, Instant started, List<CheckResult> results,
                                 List<RecordedChange> changes) {
        Journal journal = Journal.besideProfile(profileFile);
        try {
            journal.append(JournalEntry.of(Face.COMMAND_LINE, action, steps, profile, started, results, changes));
            return Optional.of(journal.file());
        } catch (IOException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("clusterwright: this run could not be recorded in " + journal.file() + " (" + e.getMessage()
                    + "); 'clusterwright report' will not show it.");
            err.flush();
            return Optional.empty();
        }
    }
}
