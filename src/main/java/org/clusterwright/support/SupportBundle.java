package org.clusterwright.support;

import org.clusterwright.nodes.docker.OwnerOnlyFiles;
import org.clusterwright.journal.Journal;
import org.clusterwright.secrets.Secret;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * What support needs to understand a run, in one zip: the profile and its journal (beside it),
 * the log files, and the versions of everything involved, with a README.txt that says what is in it, what was
 * missing and which secrets were masked. Every file passes {@link BundleMask} first; the zip is the user's only.
 */
public final class SupportBundle {
    private final Path profileFile;
    private final Path logFolder;
    private final BundleMask mask;
    private final List<String> notes;

    /** What was written: the zip's entries, what it could not include and why, and every secret it masked. */
    public record Written(Path file, List<String> entries, List<String> missing, List<Found> masked,
                          int secretsLookedFor) {
        /** "database.password (1 in profile/cluster.json), ...": what was masked where, for a sentence. */
        public String maskedInWords() {
            return masked.stream().map(found -> found.secret() + " (" + found.times() + " in " + found.entry() + ")")
                    .collect(Collectors.joining(", "));
        }

        /** "the 3 secrets known", for the sentence that says what was looked for. */
        public String secretsKnown() {
            return SupportBundle.secretsKnown(secretsLookedFor);
        }
    }

    /** A secret found, and masked, in one file of the bundle. */
    public record Found(String entry, String secret, int times) {
    }

    /**
     * {@code named} are the profile's secrets by reference name; every other secret this process knows is looked for
     * too. {@code notes} go into the README (a profile that could not be read, say).
     */
    public SupportBundle(Path profileFile, Path logFolder, Map<String, Secret> named, List<String> notes) {
        this.profileFile = profileFile.toAbsolutePath();
        this.logFolder = logFolder;
        this.mask = BundleMask.of(named);
        this.notes = List.copyOf(notes);
    }

    /** The files the bundle is made from; {@code --out} must be none of them. */
    public List<Path> inputs() {
        List<Path> inputs = new ArrayList<>(List.of(profileFile, Journal.fileFor(profileFile)));
        inputs.addAll(LogFile.filesIn(logFolder));
        return inputs;
    }

    public Written write(Path out) throws IOException {
        List<String> entries = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped, StandardCharsets.UTF_8)) {
            for (Path input : List.of(profileFile, Journal.fileFor(profileFile))) {
                addIfPresent(zip, "profile/" + input.getFileName(), input, entries, missing);
            }
            List<Path> logs = LogFile.filesIn(logFolder);
            if (logs.isEmpty()) {
                missing.add("no log file in " + logFolder);
            }
            for (Path log : logs) {
                addIfPresent(zip, "logs/" + log.getFileName(), log, entries, missing);
            }
            add(zip, "versions.txt", versions(), entries);
            add(zip, "README.txt", readme(entries, missing), entries);
        }
        OwnerOnlyFiles.write(out, zipped.toByteArray());
        return new Written(out.toAbsolutePath(), entries, missing, mask.found(), mask.secretsLookedFor());
    }

    private static String secretsKnown(int count) {
        return "the " + count + (count == 1 ? " secret" : " secrets") + " known";
    }

    private void addIfPresent(ZipOutputStream zip, String name, Path file, List<String> entries, List<String> missing)
            throws IOException {
        if (!Files.isRegularFile(file)) {
            missing.add("no " + file.getFileName() + " (looked for " + file + ")");
            return;
        }
        // a log may hold a byte that is not UTF-8; it becomes a replacement character, which support can live with
        add(zip, name, new String(Files.readAllBytes(file), StandardCharsets.UTF_8), entries);
    }

    private void add(ZipOutputStream zip, String name, String text, List<String> entries) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(mask.apply(name, text).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        entries.add(name);
    }

    private String versions() {
        StringBuilder text = new StringBuilder();
        Versions.all().forEach(entry -> text.append(entry).append(System.lineSeparator()));
        return text.append("log folder ").append(logFolder).append(System.lineSeparator()).toString();
    }

    private String readme(List<String> entries, List<String> missing) {
        String newline = System.lineSeparator();
        StringBuilder text = new StringBuilder("Clusterwright support bundle, made ").append(Instant.now())
                .append(" for the profile ").append(profileFile).append('.').append(newline).append(newline)
                .append("Holds:").append(newline);
        entries.forEach(entry -> text.append("  ").append(entry).append(newline));
        text.append("  README.txt").append(newline);
        if (!missing.isEmpty()) {
            text.append(newline).append("Not included:").append(newline);
            missing.forEach(line -> text.append("  ").append(line).append(newline));
        }
        notes.forEach(note -> text.append(newline).append(note).append(newline));
        text.append(newline).append("Every file was scanned for ").append(secretsKnown(mask.secretsLookedFor()))
                .append(" when it was made; each one found is replaced by ").append(BundleMask.MASK)
                .append(':').append(newline);
        List<Found> found = mask.found();
        if (found.isEmpty()) {
            text.append("  none was found.").append(newline);
        }
        found.forEach(f -> text.append("  ").append(f.secret()).append(": ").append(f.times()).append(" in ")
                .append(f.entry()).append(newline));
        return text.toString();
    }
}
