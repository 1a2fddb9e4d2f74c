package org.clusterwright.cli;

import org.clusterwright.check.CheckResult;
import org.clusterwright.check.ExitCodes;
import org.clusterwright.keys.AppliedPlan;
import org.clusterwright.keys.KeyApplyListener;
import org.clusterwright.keys.KeyPlan;
import org.clusterwright.keys.KeyRequest;
import org.clusterwright.keys.NodeApplyResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

@Command(name = "apply", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = {"Give every node the planned key: a backup beside each config file, an atomic replace, a "
                + "read-back. Nothing is written unless every node can take the key.",
                "Afterwards every node is read again and key.consistent reports the result."})
final class KeysApplyCommand implements Callable<Integer> {
    private final Function<String, String> environment;

    /** The environment comes from picocli's factory (see {@link CommandLineApp}), so tests can give their own. */
    KeysApplyCommand(Function<String, String> environment) {
        this.environment = environment;
    }

    @Spec
    CommandSpec spec;

    @Mixin
    KeyOptions options;

    @Option(names = "--yes", description = "Write without asking.")
    boolean yes;

    @Option(names = "--export-folder", paramLabel = "DIR",
            description = "Where to write the files for Docker/Linux nodes (owner-only).")
    Path exportFolder;

    @Override
    public Integer call() throws InterruptedException {
        Instant started = Instant.now();
        KeyRequest request = options.request(); // bad options fail before any node is contacted
        KeysCommand.Session session = KeysCommand.Session.open(options, environment);
        request = session.handingOutConnectionString(request, options, spec.commandLine().getErr());
        KeyPlan plan = session.service().plan(session.survey(), request);
        List<CheckResult> results = new ArrayList<>(session.survey().inspection().results());
        results.addAll(plan.results());
        PrintWriter err = spec.commandLine().getErr();
        if (!plan.canApply()) {
            err.println("clusterwright: nothing was written: " + (plan.key().isEmpty() ? plan.basis()
                    : plan.blockers().size() + " node(s) cannot take the key; see key.read and key.plan."));
            return KeysCommand.finish(spec, options, session.profile(), started, results, plan);
        }
        if (!yes && !confirmedAtTerminal(plan)) {
            throw UsableInputException.unusable("nothing was written. Review 'clusterwright keys plan', then run "
                    + "'keys apply' again with --yes (or answer 'yes' at a terminal).");
        }
        // the report tells the state after the writes, proven by reading every node again
        AppliedPlan applied = session.service().applyAndVerify(plan, Optional.ofNullable(exportFolder), progress(err));
        List<CheckResult> report = applied.report();
        return KeysCommand.finish(spec, options, session.profile(), started, report, null);
    }

    private boolean confirmedAtTerminal(KeyPlan plan) {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        new KeyPlanText(console.writer()).print(plan);
        String answer = console.readLine("Write the key %s to these nodes? Type 'yes': ", plan.fingerprint());
        return "yes".equalsIgnoreCase(answer == null ? "" : answer.strip());
    }

    private static KeyApplyListener progress(PrintWriter err) {
        return new KeyApplyListener() {
            @Override
            public void finished(NodeApplyResult result, int index, int total) {
                err.printf("[%d/%d] %s: %s%n", index + 1, total, result.target(), result.result());
                err.flush();
            }
        };
    }
}
