package org.clusterwright.cli;

import org.clusterwright.check.ExitCodes;
import org.clusterwright.io.AtomicFiles;
import org.clusterwright.profile.Profile;
import org.clusterwright.report.ChecklistReport;
import org.clusterwright.report.LastResults;
import org.clusterwright.report.ReportBuilder;
import org.clusterwright.report.ReportFormat;
import org.clusterwright.report.ResultsDocument;
import org.clusterwright.report.SecretMask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the checklist report from the results 'clusterwright check' saved beside the profile "
                + "(<profile>-results.json): every check, every change applied, and every manual item as a ticked "
                + "or open box with its instructions. Nothing is checked again and no server is contacted.",
                "",
                "The report holds key fingerprints, never a key or password. Passwords in the environment variables "
                        + "the other commands read are masked wherever they might appear."},
        footer = {"%nThe exit code is the one 'check' returned for the saved results, so a script can gate on it.",
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
            description = "The profile whose saved results to render (default: the only profile in the default folder).")
    Path profileFile;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "md, html, json or pdf (default: from the --out file's extension).")
    ReportFormat format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the report.")
    Path out;

    @Override
    public Integer call() throws IOException {
        Path profilePath = profileFile != null ? profileFile : CommandProfiles.onlyDefault();
        ReportFormat chosen = chosenFormat();
        refuseToOverwrite(profilePath);
        Profile profile = CommandProfiles.load(profilePath);
        ResultsDocument results = savedResults(profilePath, profile);
        ChecklistReport report = new ReportBuilder(profile, results).mask(SecretMask.knowing(passwordsInEnvironment()))
                .build();
        AtomicFiles.write(out, chosen.render(report));
        spec.commandLine().getOut().printf("Wrote the %s report to %s: %s; manual items %d open, %d done.%n",
                chosen.id(), out.toAbsolutePath(), countsOf(report), report.summary().manualOpen(),
                report.summary().manualDone());
        return report.summary().exitCode();
    }

    private ReportFormat chosenFormat() {
        if (format != null) {
            return format;
        }
        return ReportFormat.ofFileName(out.getFileName().toString()).orElseThrow(() -> UsableInputException.unusable(
                "say which format with --format md, html, json or pdf; " + out.getFileName() + " does not tell."));
    }

    /** The profile and its results are the inputs; a slip of the keyboard must not replace one with the report. */
    private void refuseToOverwrite(Path profilePath) {
        Path target = out.toAbsolutePath().normalize();
        for (Path input : List.of(profilePath.toAbsolutePath().normalize(), LastResults.fileFor(profilePath).normalize())) {
            if (target.equals(input)) {
                throw UsableInputException.unusable("--out " + out + " is the report's input; choose another file.");
            }
        }
    }

    private static ResultsDocument savedResults(Path profilePath, Profile profile) {
        ResultsDocument results;
        try {
            results = LastResults.load(profilePath);
        } catch (LastResults.ResultsFileException e) {
            throw UsableInputException.unusable(e.getMessage());
        }
        String savedFor = results.profile() == null ? null : results.profile().id();
        if (savedFor != null && !savedFor.equals(profile.getId())) {
            throw UsableInputException.unusable(LastResults.fileFor(profilePath) + " holds the results of another "
                    + "profile (id " + savedFor + ", not " + profile.getId() + "). Run 'clusterwright check --profile "
                    + profilePath + "' to replace them.");
        }
        return results;
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

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return ReportFormat.fromId(value);
        }
    }
}
