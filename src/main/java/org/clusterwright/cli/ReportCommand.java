package org.clusterwright.cli;

import org.clusterwright.check.ExitCodes;
import org.clusterwright.journal.Journal;
import org.clusterwright.journal.JournalContents;
import org.clusterwright.io.AtomicFiles;
import org.clusterwright.profile.Profile;
import org.clusterwright.report.ChecklistReport;
import org.clusterwright.report.ReportBuilder;
import org.clusterwright.report.ReportFormat;
import org.clusterwright.secrets.SecretMask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the checklist report from the journal beside the profile (<profile>-journal.jsonl): "
                + "the latest result of every check, every change applied and restored since the journal began (with"
                + " its backup and masked diff, when and by whom), every run recorded, and every manual item as a "
                + "ticked or open box with its instructions. Nothing is checked again and no server is contacted.",
                "",
                "The report holds key fingerprints, never a key or password. Passwords in the environment variables "
                        + "the other commands read are masked wherever they might appear."},
        footer = {"%nThe exit code is the one 'check' returns for the latest results, so a script can gate on it.",
                ExitCodes.HELP})
final class ReportCommand implements Callable<Integer> {
    private final Function<String, String> environment;

    /** The environment comes from picocli's factory (see {@link CommandLineApp}), so tests can give their own. */
    ReportCommand(Function<String, String> environment) {
        this.environment = environment;
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--profile", paramLabel = "FILE",
            description = "The profile whose journal to render (default: the only profile in the default folder).")
    Path profileFile;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "md, html, json or pdf (default: from the --out file's extension).")
    ReportFormat format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the report.")
    Path out;

    @Option(names = "--since", paramLabel = "DATE", converter = SinceConverter.class,
            description = "Only the runs that started then or later: a day (2025-03-14, from midnight here), a local "
                    + "time (2025-03-14T09:30) or an instant (2025-03-14T09:30:00Z).")
    Instant since;

    @Override
    public Integer call() throws IOException {
        Path profilePath = profileFile != null ? profileFile : CommandProfiles.onlyDefault();
        ReportFormat chosen = chosenFormat();
        refuseToOverwrite(profilePath);
        Profile profile = CommandProfiles.load(profilePath);
        JournalContents journal = journal(profilePath, profile);
        PrintWriter err = spec.commandLine().getErr();
        journal.notes().forEach(note -> err.println("clusterwright: " + note));
        err.flush();
        ChecklistReport report = new ReportBuilder(profile, journal).mask(SecretMask.knowing(passwordsInEnvironment()))
                .build();
        AtomicFiles.write(out, chosen.render(report));
        spec.commandLine().getOut().printf("Wrote the %s report to %s: %s; %d changes in %d runs; manual items %d open,"
                        + " %d done.%n", chosen.id(), out.toAbsolutePath(), countsOf(report), report.summary().changes(),
                report.summary().runs(), report.summary().manualOpen(), report.summary().manualDone());
        return report.summary().exitCode();
    }

    private ReportFormat chosenFormat() {
        if (format != null) {
            return format;
        }
        return ReportFormat.ofFileName(out.getFileName().toString()).orElseThrow(() -> UsableInputException.unusable(
                "say which format with --format md, html, json or pdf; " + out.getFileName() + " does not tell."));
    }

    /** The profile and its journal are the inputs; a slip of the keyboard must not replace one with the report. */
    private void refuseToOverwrite(Path profilePath) {
        Path target = out.toAbsolutePath().normalize();
        for (Path input : List.of(profilePath.toAbsolutePath().normalize(), Journal.fileFor(profilePath))) {
            if (target.equals(input)) {
                throw UsableInputException.unusable("--out " + out + " is the report's input; choose another file.");
            }
        }
    }

    /** This profile's runs (since {@code --since}); none at all is unusable input, with the command that records one. */
    private JournalContents journal(Path profilePath, Profile profile) {
        Journal journal = Journal.besideProfile(profilePath);
        JournalContents contents;
        try {
            contents = journal.read().of(profile.getId());
        } catch (IOException e) {
            throw UsableInputException.unusable(journal.file() + " cannot be read (" + e.getMessage() + ").");
        }
        if (since != null) {
            contents = contents.since(since);
        }
        if (contents.isEmpty()) {
            throw UsableInputException.unusable("no run of this profile is recorded in " + journal.file()
                    + (since == null ? "" : " since " + since) + ". Run 'clusterwright check --profile " + profilePath
                    + "' first; it records its results there." + contents.notes().stream().map(note -> " " + note)
                    .collect(java.util.stream.Collectors.joining()));
        }
        return contents;
    }

    private List<String> passwordsInEnvironment() {
        return java.util.stream.Stream.of(CommandSecrets.DATABASE_PASSWORD, CommandSecrets.STORAGE_PASSWORD,
                NodePasswords.VARIABLE).map(environment).filter(value -> value != null && !value.isEmpty()).toList();
    }

    private static String countsOf(ChecklistReport report) {
        StringBuilder counts = new StringBuilder();
        report.summary().counts().forEach((status, count) -> counts.append(counts.length() == 0 ? "" : ", ")
                .append(count).append(' ').append(status));
        return counts.toString();
    }

    /** A day is taken from midnight in this machine's time zone, as a person saying "since the 14th" means. */
    static final class SinceConverter implements picocli.CommandLine.ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            String text = value.strip();
            ZoneId here = ZoneId.systemDefault();
            List<Function<String, Instant>> readings = List.of(
                    t -> OffsetDateTime.parse(t).toInstant(),
                    t -> LocalDateTime.parse(t).atZone(here).toInstant(),
                    t -> LocalDate.parse(t).atStartOfDay(here).toInstant());
            for (Function<String, Instant> reading : readings) {
                try {
                    return reading.apply(text);
                } catch (DateTimeParseException notThisForm) {
                    // try the next form
                }
            }
            throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a date: give a day "
                    + "(2025-03-14), a local time (2025-03-14T09:30) or an instant (2025-03-14T09:30:00Z).");
        }
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return ReportFormat.fromId(value);
        }
    }
}
