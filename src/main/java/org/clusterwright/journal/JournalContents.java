package org.clusterwright.journal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a journal holds: its runs in the order they were recorded, and a note for every line that was left out. The
 * narrowing methods add a note for what they leave out too, so a report never hides that it is partial.
 *
 * @param notes what was left out and why, in words for the reader of a report. They quote nothing of what the file
 *              holds but ids, so they need no mask: a profile id (shaped like a GUID) stays readable.
 * @param since the moment the runs were narrowed to, when they were
 */
public record JournalContents(Path file, List<JournalEntry> entries, List<String> notes, Optional<Instant> since) {
    public JournalContents {
        entries = List.copyOf(entries);
        notes = List.copyOf(notes);
    }

    JournalContents(Path file, List<JournalEntry> entries, List<String> notes) {
        this(file, entries, notes, Optional.empty());
    }

    /** Nothing recorded yet in {@code file}. */
    public static JournalContents empty(Path file) {
        return new JournalContents(file, List.of(), List.of());
    }

    /** These runs and {@code more}, recorded after them (runs not yet written, say). */
    public JournalContents plus(List<JournalEntry> more) {
        List<JournalEntry> all = new java.util.ArrayList<>(entries);
        all.addAll(more);
        return new JournalContents(file, all, notes, since);
    }

    /** These runs, with {@code note} saying what is missing from them. */
    public JournalContents noting(String note) {
        List<String> more = new java.util.ArrayList<>(notes);
        more.add(note);
        return new JournalContents(file, entries, more, since);
    }

    /**
     * The runs of the profile with this id. Runs of another profile are left out, with a note naming its id: a
     * hand-written profile that was moved has a new id, and writing the old one into it brings its history back.
     */
    public JournalContents of(String profileId) {
        Map<String, Integer> others = new LinkedHashMap<>();
        List<JournalEntry> kept = new ArrayList<>();
        for (JournalEntry entry : entries) {
            if (entry.profileId().equals(profileId)) {
                kept.add(entry);
            } else {
                others.merge(entry.profileId(), 1, Integer::sum);
            }
        }
        List<String> more = new ArrayList<>(notes);
        others.forEach((id, runs) -> more.add(runs + (runs == 1 ? " run" : " runs") + " in " + file.getFileName()
                + " recorded another profile (id " + id + ") and " + (runs == 1 ? "was" : "were") + " left out. If this"
                + " profile was moved or renamed and had no id, write \"id\": \"" + id + "\" into it to keep that history."));
        return new JournalContents(file, kept, more, since);
    }

    /** The runs that started at or after {@code instant}. */
    public JournalContents since(Instant instant) {
        List<JournalEntry> kept = entries.stream().filter(entry -> !entry.startedAt().isBefore(instant)).toList();
        return new JournalContents(file, kept, notes, Optional.of(instant));
    }

    /** True when no run is left to report on. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
