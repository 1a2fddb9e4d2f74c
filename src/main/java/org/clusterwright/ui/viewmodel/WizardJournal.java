package org.clusterwright.ui.viewmodel;

import org.clusterwright.journal.Journal;
import org.clusterwright.journal.JournalContents;
import org.clusterwright.journal.JournalEntry;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The wizard's side of the profile's journal: runs are appended beside the profile's file, every secret the session
 * held masked, and the runs of a profile that has no file yet are kept until it is first saved, then written beside it.
 */
final class WizardJournal {
    private final List<JournalEntry> unrecorded = new ArrayList<>();

    /** Appends {@code run} beside {@code profileFile}, or keeps it while there is none; a failure, in words. */
    Optional<String> record(JournalEntry run, Path profileFile) {
        if (profileFile == null) {
            unrecorded.add(run);
            return Optional.empty();
        }
        Journal journal = Journal.besideProfile(profileFile);
        try {
            journal.append(run);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("This run could not be recorded in " + journal.file() + " (" + e.getMessage() + ").");
        }
    }

    /** What is recorded beside {@code profileFile} (nothing while there is none), then the runs kept until then. */
    JournalContents contents(Path profileFile, Path suggestedFile) {
        Journal journal = Journal.besideProfile(profileFile != null ? profileFile : suggestedFile);
        JournalContents recorded;
        try {
            recorded = profileFile == null ? JournalContents.empty(journal.file()) : journal.read();
        } catch (IOException e) {
            recorded = JournalContents.empty(journal.file()).noting(journal.file() + " could not be read ("
                    + e.getMessage() + "); only the runs of this session that are not recorded yet are shown.");
        }
        return recorded.plus(unrecorded);
    }

    /** The profile now has a file: the runs kept until then are written beside it, in the order they ran. */
    void saved(Path profileFile) {
        Journal journal = Journal.besideProfile(profileFile);
        try {
            for (JournalEntry run : List.copyOf(unrecorded)) {
                journal.append(run);
                unrecorded.remove(run);
            }
        } catch (IOException e) {
            // kept for the next save; a run recorded meanwhile says why the journal cannot be written
        }
    }

    /** Another profile was opened or started: the runs kept for the previous one go with it. */
    void forget() {
        unrecorded.clear();
    }
}
