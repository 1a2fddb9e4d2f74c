package org.clusterwright.cli;

import org.clusterwright.check.ExitCodes;

import org.clusterwright.Version;
import org.clusterwright.check.CheckListener;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.CheckRun;
import org.clusterwright.check.CheckRunner;
import org.clusterwright.check.RunSummary;
import org.clusterwright.check.TargetChecks;
import org.clusterwright.engine.CheckPlanner;
import org.clusterwright.engine.Step;
import org.clusterwright.profile.Profile;
import org.clusterwright.report.JsonResults;
import org.clusterwright.report.ResultsDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Run every check that applies to a profile and print the results. Nothing is changed.",
                "",
                "The database password is never stored in the profile. Give it in the environment variable "
                        + CommandSecrets.DATABASE_PASSWORD + " (the password of the connection string's User ID);"
                        + " it is kept in memory for this run only and never printed. Without it the database"
                        + " login is tried without a password.",
                "Step 2 reads each Windows node's EncryptionKey over SMB with the password in "
                        + "CLUSTERWRIGHT_NODE_PASSWORD; only fingerprints are printed.",
                "Step 3 probes the shared storage as the profile's service account with the password in "
                        + CommandSecrets.STORAGE_PASSWORD + ".",
                "Any of these may instead come from --secrets-file, and a secret given neither way is read from the OS "
                        + "keyring when the wizard stored it there.",
                "The run is also recorded in the journal beside the profile (<profile>-journal.jsonl), with every "
                        + "other run of this profile, for 'clusterwright report'."},
        footer = ExitCodes.HELP)
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json }

    private final Function<String, String> environment;

    CheckCommand() {
        this(System::getenv);
    }

    /** Tests pass their own environment, since a process cannot set its own variables. */
    CheckCommand(Function<String, String> environment) {
        this.environment = environment;
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--profile", required = true, paramLabel = "FILE", description = "The profile to check.")
    Path profileFile;

    @Mixin
    SecretsFileOption secrets;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Deadline for each check, in seconds (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--step", paramLabel = "STEP", split = ",",
            description = "Only these steps: database, key, storage, ha, verify (default: all).",
            converter = StepConverter.class)
    List<Step> steps = List.of();

    @Override
    public Integer call() throws InterruptedException {
        Profile profile = loadProfile();
        Duration deadline = deadline();
        PrintWriter out = spec.commandLine().getOut();
        TextResults text = new TextResults(out);
        List<TargetChecks> plan = new CheckPlanner(deadline).plan(profile,
                CommandSecrets.load(profile, null, secrets.secretsFile, environment), steps);

        Instant started = Instant.now();
        CheckListener listener = progressOnTerminal(plan);
        CheckRun run = new CheckRunner(deadline).start(plan, listener);
        List<CheckResult> results = run.await();
        Instant finished = Instant.now();

        RunSummary summary = RunSummary.of(results);
        int exitCode = ExitCodes.of(summary);
        if (format == Format.json) {
            out.println(new JsonResults().write(ResultsDocument.of(Version.get(), profile.getId(), profile.getName(),
                    started, finished, results)));
            out.flush();
        } else {
            results.forEach(text::print);
            text.printSummary(summary, exitCode);
        }
        List<String> stepIds = (steps.isEmpty() ? List.of(Step.values()) : steps).stream().map(Step::id).toList();
        CommandJournal.record(spec, profileFile, profile, "check", stepIds, started, results, List.of())
                .filter(file -> format == Format.text)
                .ifPresent(file -> {
                    out.println("Recorded in " + file + "; 'clusterwright report' renders it.");
                    out.flush();
                });
        return exitCode;
    }

    /** A running count on the terminal, so a slow host does not look like a hang; nothing when piped. */
    private CheckListener progressOnTerminal(List<TargetChecks> plan) {
        if (System.console() == null) {
            return CheckListener.NONE;
        }
        int total = plan.stream().mapToInt(t -> t.checks().size()).sum();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        PrintWriter err = spec.commandLine().getErr();
        return result -> {
            err.printf("\rchecked %d of %d", done.incrementAndGet(), total);
            if (done.get() == total) {
                err.print("\r" + " ".repeat(30) + "\r");
            }
            err.flush();
        };
    }

    private Profile loadProfile() {
        return CommandProfiles.load(profileFile);
    }

    private Duration deadline() {
        if (!(timeoutSeconds > 0) || timeoutSeconds > 3600) {
            throw UsableInputException.unusable("--timeout must be between 0 and 3600 seconds, not " + timeoutSeconds);
        }
        return Duration.ofMillis(Math.round(timeoutSeconds * 1000));
    }

    static final class StepConverter implements picocli.CommandLine.ITypeConverter<Step> {
        @Override
        public Step convert(String value) {
            return Step.fromId(value);
        }
    }
}
