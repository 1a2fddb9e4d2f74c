package org.clusterwright.cli;

import org.clusterwright.Version;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.ExitCodes;
import org.clusterwright.check.RunSummary;
import org.clusterwright.database.SharedConnectionString;
import org.clusterwright.keys.KeyPlan;
import org.clusterwright.keys.KeyRequest;
import org.clusterwright.keys.KeyService;
import org.clusterwright.keys.MachineKey;
import org.clusterwright.keys.KeySurvey;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.secrets.Secret;
import org.clusterwright.report.JsonResults;
import org.clusterwright.report.ResultsDocument;
import org.clusterwright.secrets.SecretStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

@Command(name = "keys", mixinStandardHelpOptions = true,
        description = "One EncryptionKey on every node: read what the nodes have, plan, apply with backups.",
        subcommands = {KeysCommand.Plan.class, KeysApplyCommand.class, KeysMachineKeyCommand.class},
        footer = ExitCodes.HELP)
final class KeysCommand implements Runnable {
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
            return finish(spec, options.format, planned.session().profile(), started, planned.results(), planned.plan());
        }
    }

    /** What reading the nodes and planning the key found, before anything is written. */
    record Planned(Session session, KeyPlan plan, List<CheckResult> results) {
        static Planned make(KeyOptions options, Function<String, String> environment, PrintWriter err)
                throws InterruptedException {
            KeyRequest request = options.request(); // bad options fail before any node is contacted
            Session session = Session.open(options, environment);
            request = session.handingOutConnectionString(request, options, err);
            KeyPlan plan = session.service().plan(session.survey(), request);
            List<CheckResult> results = new ArrayList<>(session.survey().inspection().results());
            results.addAll(plan.results());
            return new Planned(session, plan, results);
        }

        /** Says on {@code err} why nothing was written and reports the plan's results, as a command that refused. */
        int refuse(CommandSpec spec, CheckCommand.Format format, Instant started) {
            spec.commandLine().getErr().println("clusterwright: " + refusal().orElseThrow());
            return finish(spec, format, session.profile(), started, results, plan);
        }

        /** Why nothing may be written, when the plan cannot be applied as a whole. */
        Optional<String> refusal() {
            if (plan.canApply()) {
                return Optional.empty();
            }
            return Optional.of("nothing was written: " + (plan.key().isEmpty() ? plan.basis()
                    : plan.blockers().size() + " node(s) cannot take the key; see key.read and key.plan."));
        }
    }

    /** A loaded profile, its passwords in memory, and what reading the nodes and asking the database found. */
    record Session(Profile profile, SecretStore secrets, KeyService service, KeySurvey survey) {
        static Session open(KeyOptions options, Function<String, String> environment) throws InterruptedException {
            Profile profile = options.loadProfile();
            SecretStore secrets = CommandSecrets.load(profile, options.passwordFile, options.secrets.secretsFile,
                    environment);
            KeyService service = KeyService.forProfile(profile, secrets, options.deadline());
            return new Session(profile, secrets, service, service.survey(options.statedInstallation()));
        }

        /** The ProGet API key the storage step needs, when it was given. */
        Optional<Secret> apiKey() {
            return secrets.get(profile.getId(), SecretRef.API_KEY);
        }

        /**
         * Step 1's connection string goes to every node with the key, unless the user keeps the nodes' own; when it
         * cannot be handed out (its password is not known), {@code err} says why and the nodes keep theirs.
         */
        KeyRequest handingOutConnectionString(KeyRequest request, KeyOptions options, PrintWriter err) {
            if (options.keepConnectionStrings) {
                return request;
            }
            SharedConnectionString.Lookup shared = SharedConnectionString.of(profile, secrets);
            if (shared.value().isEmpty()) {
                String text = profile.getDatabase().getConnectionString();
                if (text != null && !text.isBlank()) {
                    err.println("clusterwright: the nodes keep their own connection strings: " + shared.reason());
                }
                return request;
            }
            return request.withConnectionString(shared.value().get());
        }
    }

    static int finish(CommandSpec spec, CheckCommand.Format format, Profile profile, Instant started, List<CheckResult> results,
                      KeyPlan plan) {
        return finish(spec, format, profile, started, results, plan, out -> {
        });
    }

    /** The same, with {@code more} printed after the key plan and before the summary in text form. */
    static int finish(CommandSpec spec, CheckCommand.Format format, Profile profile, Instant started, List<CheckResult> results,
                      KeyPlan plan, java.util.function.Consumer<PrintWriter> more) {
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
            if (plan != null) {
                new KeyPlanText(out).print(plan);
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
