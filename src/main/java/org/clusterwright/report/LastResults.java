package org.clusterwright.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.clusterwright.check.CheckResult;
import org.clusterwright.io.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The last results of a profile, kept beside it as {@code <profile-base>-results.json} (the file the wizard's JSON
 * export writes too), so a report can be rendered later without contacting any server again.
 */
public final class LastResults {
    private LastResults() {
    }

    /** {@code cluster.json} keeps its results in {@code cluster-results.json}, in the same folder. */
    public static Path fileFor(Path profileFile) {
        Path absolute = profileFile.toAbsolutePath();
        String base = absolute.getFileName().toString().replaceFirst("(?i)\\.json$", "");
        return absolute.resolveSibling(base + "-results.json");
    }

    /** Replaces the saved results atomically: a reader sees the previous run or this one, never half of one. */
    public static Path save(Path profileFile, ResultsDocument document) throws IOException {
        Path file = fileFor(profileFile);
        AtomicFiles.write(file, (new JsonResults().write(document) + System.lineSeparator())
                .getBytes(StandardCharsets.UTF_8));
        return file;
    }

    /**
     * Adds what a later run changed (an apply, a restore) to the saved results: a result of the same check and
     * target replaces the earlier one, so the report tells each one's latest state. Saved results that cannot be
     * read, or belong to another profile, are replaced.
     */
    public static Path merge(Path profileFile, ResultsDocument later) throws IOException {
        ResultsDocument earlier;
        try {
            earlier = load(profileFile);
        } catch (ResultsFileException unusable) {
            return save(profileFile, later);
        }
        if (!Objects.equals(earlier.profile().id(), later.profile().id())) {
            return save(profileFile, later);
        }
        Map<String, CheckResult> byCheckAndTarget = new LinkedHashMap<>();
        earlier.results().forEach(r -> byCheckAndTarget.put(r.id().value() + "@" + r.target(), r));
        later.results().forEach(r -> byCheckAndTarget.put(r.id().value() + "@" + r.target(), r));
        return save(profileFile, ResultsDocument.of(later.tool().version(), later.profile().id(), later.profile().name(),
                earlier.startedAt(), later.finishedAt(), List.copyOf(byCheckAndTarget.values())));
    }

    public static ResultsDocument load(Path profileFile) throws ResultsFileException {
        Path file = fileFor(profileFile);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ResultsFileException("no results have been saved for " + profileFile + " yet: expected "
                    + file + ". Run 'clusterwright check --profile " + profileFile + "' first; it saves them there.");
        } catch (IOException e) {
            throw new ResultsFileException(file + " cannot be read (" + e.getMessage() + ").");
        }
        ResultsDocument document;
        try {
            document = new JsonResults().read(text);
        } catch (JsonProcessingException e) {
            throw new ResultsFileException(file + " is not a results file Clusterwright can read ("
                    + e.getOriginalMessage() + "). Run 'clusterwright check --profile " + profileFile + "' again.");
        }
        if (document.schemaVersion() > ResultsDocument.SCHEMA_VERSION) {
            throw new ResultsFileException(file + " uses results schema version " + document.schemaVersion()
                    + ", written by a newer Clusterwright; this build reads up to version "
                    + ResultsDocument.SCHEMA_VERSION + ". Upgrade Clusterwright, or run the check again with this one.");
        }
        return document;
    }

    /** Saved results that cannot be used, with a message that says what to do. */
    public static final class ResultsFileException extends Exception {
        public ResultsFileException(String message) {
            super(message);
        }
    }
}
