package org.clusterwright.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Entries as lines of JSON, and a journal's text back as entries. A line that cannot be used is left out and said:
 * the last one when a run was interrupted while writing it, any other when the file was edited or damaged.
 */
final class JournalCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // a later Clusterwright may add fields to an entry of the same version; this one reads what it knows
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private JournalCodec() {
    }

    /** One line: the mapper writes no line breaks (those in texts are escaped). */
    static String line(JournalEntry entry) {
        try {
            return MAPPER.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a journal entry must always serialise", e);
        }
    }

    /**
     * Why a line that is no entry of this version was left out. It is read again as plain JSON only now, to tell an
     * entry of a newer form (which may not map onto this one) from another object and from a line that is no JSON.
     */
    private static String unreadable(String where, String line, boolean lastLine, JsonProcessingException e) {
        try {
            JsonNode tree = MAPPER.readTree(line);
            if (!JournalEntry.KIND.equals(tree.path("kind").asText())) {
                return where + " is not a run Clusterwright recorded; it was left out.";
            }
            if (tree.path("version").asInt() > JournalEntry.VERSION) {
                return newer(where, tree.path("version").asInt());
            }
            return where + " is a run this Clusterwright cannot read (at column " + column(e) + "); it was left out.";
        } catch (JsonProcessingException notJson) {
            return lastLine ? where + " is incomplete (the run writing it was interrupted); it was left out."
                    : where + " is not JSON Clusterwright can read (at column " + column(notJson) + "); it was left out.";
        }
    }

    private static String newer(String where, int version) {
        return where + " was recorded by a newer Clusterwright (entry version " + version + "); it was left out."
                + " Upgrade to see it.";
    }

    /** Where the line went wrong; the parser's own message is not quoted, as it may quote what the line holds. */
    private static String column(JsonProcessingException e) {
        return e.getLocation() == null ? "?" : String.valueOf(e.getLocation().getColumnNr());
    }

    static JournalContents parse(Path file, String text) {
        List<JournalEntry> entries = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        // the text after the last line break: empty when the last run's line was written whole
        int last = lines.length - 1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = "line " + (i + 1) + " of " + file.getFileName();
            try {
                JournalEntry entry = MAPPER.readValue(line, JournalEntry.class);
                if (!JournalEntry.KIND.equals(entry.kind())) {
                    skipped.add(where + " is not a run Clusterwright recorded; it was left out.");
                } else if (entry.version() > JournalEntry.VERSION) {
                    skipped.add(newer(where, entry.version()));
                } else {
                    entries.add(entry);
                }
            } catch (JsonProcessingException e) {
                skipped.add(unreadable(where, line, i == last, e));
            }
        }
        return new JournalContents(file, entries, skipped);
    }
}
