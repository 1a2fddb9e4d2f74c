package org.clusterwright.cli;

import org.clusterwright.Version;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.ExitCodes;
import org.clusterwright.check.RunSummary;
import org.clusterwright.engine.KeyStepPlan;
import org.clusterwright.engine.KeyWorkflow;
import org.clusterwright.engine.Step;
import org.clusterwright.engine.WriteGate;
import org.clusterwright.journal.RecordedChange;
import org.clusterwright.keys.KeyChoice;
import org.clusterwright.keys.KeyPlan;
import org.clusterwright.keys.KeySurvey;
import org.clusterwright.keys.MachineKey;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.report.JsonResults;
import org.clusterwright.report.ResultsDocument;
import org.clusterwright.secrets.Secret;
import org.clusterwright.secrets.SecretStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;

@Command(name = "keys", mixinStandardHelpOptions = true,
        description = "One EncryptionKey on every node: read what the nodes have, plan, apply with backups.",
        subcommands = {KeysCommand.Plan.class, KeysApplyCommand.class, KeysMachineKeyCommand.class},
        footer = ExitCodes.HELP)
final class KeysCommand implements Runnable {
    /** The steps the key commands concern, as their journal entries name them. */
    static final List<String> KEY_STEP = List.of(Step.ENCRYPTION_KEY.id());

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "Missing command: use 'keys plan', 'keys apply' or 'keys machine-key'.");
    }

    @Command(name = "plan", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
            description = "Read every node's key and show what 'keys apply' would change, keys masked. Writes nothing.")
    static final class Plan implements Callable<Integer> {
        private final Function<String, String> environment;

        /** The environment comes from picocli's factory (see {@link CommandLineApp}), so tests can give their own. */
        Plan(Function<String, String> environment) {
            this.environment = environment;
        }

        @Spec
        CommandSpec spec;

        @Mixin
        KeyOptions options;

        @Override
        public Integer call() throws InterruptedException {
            Instant started = Instant.now();
            Planned planned = Planned.make(options, environment, spec.commandLine().getErr());
            planned.record(spec, options, "keys plan", KEY_STEP, started, planned.results(), List.of());
            return finish(spec, options.format, planned.session().profile(), started, planned.results(),
                    planned.stepPlan());
        }
    }

    /** What surveying the cluster and planning the key found, before anything is written. */
    record Planned(Session session, KeyStepPlan stepPlan) {
        static Planned make(KeyOptions options, Function<String, String> environment, PrintWriter err)
                throws InterruptedException {
            KeyChoice choice = options.choice(); // bad options fail before any node is contacted
            Set<WriteGate> forced = options.forcedGates();
            Session session = Session.open(options, environment);
            KeyStepPlan stepPlan = session.workflow().plan(session.survey(), choice, !options.keepConnectionStrings,
                    forced);
            stepPlan.connectionStringNote().ifPresent(note -> err.println("clusterwright: " + note));
            return new Planned(session, stepPlan);
        }

        KeyPlan plan() {
            return stepPlan.plan();
        }

        List<CheckResult> results() {
            return stepPlan.results();
        }

        /**
         * Says on {@code err} why nothing was written and reports the plan's results, as a command that refused;
         * the refusal is recorded as the run of {@code action}.
         */
        int refuse(CommandSpec spec, KeyOptions options, String action, List<String> steps, Instant started) {
            spec.commandLine().getErr().println("clusterwright: " + refusal().orElseThrow());
            record(spec, options, action, steps, started, results(), List.of());
            return finish(spec, options.format, session.profile(), started, results(), stepPlan);
        }

        /** Records this run in the profile's journal (see {@link CommandJournal}). */
        void record(CommandSpec spec, KeyOptions options, String action, List<String> steps, Instant started,
                    List<CheckResult> results, List<RecordedChange> changes) {
            CommandJournal.record(spec, options.profileFile, session.profile(), action, steps, started, results,
                    changes);
        }

        /** Why nothing may be written, when the plan cannot be applied as a whole. */
        Optional<String> refusal() {
            return stepPlan.refusal();
        }
    }

    /** A loaded profile, its secrets in memory, and what surveying the nodes and the database found. */
    record Session(Profile profile, SecretStore secrets, KeyWorkflow workflow, KeySurvey survey) {
        static Session open(KeyOptions options, Function<String, String> environment) throws InterruptedException {
            Profile profile = options.loadProfile();
            SecretStore secrets = CommandSecrets.load(profile, options.passwordFile, options.secrets.secretsFile,
                    environment);
            KeyWorkflow workflow = new KeyWorkflow(profile, secrets, options.deadline());
            return new Session(profile, secrets, workflow, workflow.survey(options.statedInstallation()));
        }

        /** The ProGet API key the storage step needs, when it was given. */
        Optional<Secret> apiKey() {
            return secrets.get(profile.getId(), SecretRef.API_KEY);
        }
    }

    static int finish(CommandSpec spec, CheckCommand.Format format, Profile profile, Instant started, List<CheckResult> results,
                      KeyStepPlan planned) {
        return finish(spec, format, profile, started, results, planned, out -> {
        });
    }

    /** The same, with {@code more} printed after the key plan and before the summary in text form. */
    static int finish(CommandSpec spec, CheckCommand.Format format, Profile profile, Instant started, List<CheckResult> results,
                      KeyStepPlan planned, java.util.function.Consumer<PrintWriter> more) {
        PrintWriter out = spec.commandLine().getOut();
        RunSummary summary = RunSummary.of(results);
        int exitCode = ExitCodes.of(summary);
        if (format == CheckCommand.Format.json) {
            out.println(new JsonResults().write(ResultsDocument.of(Version.get(), profile.getId(), profile.getName(),
                    started, Instant.now(), results)));
            out.flush();
        } else {
            TextResults text = new TextResults(out);
            results.forEach(text::print);
            if (planned != null) {
                new KeyPlanText(out).print(planned.plan());
                planned.restartNotice().ifPresent(out::println);
                if (profile.getVersionLine().needsMachineKey(profile.getProduct())) {
                    out.println("By hand on every server (ProGet 5.3 and older): " + MachineKey.instructions());
                }
            }
            more.accept(out);
            text.printSummary(summary, exitCode);
        }
        return exitCode;
    }
}
