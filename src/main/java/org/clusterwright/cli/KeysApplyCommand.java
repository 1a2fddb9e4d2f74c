package org.clusterwright.cli;

import org.clusterwright.check.ExitCodes;
import org.clusterwright.journal.AppliedChanges;
import org.clusterwright.keys.AppliedPlan;
import org.clusterwright.keys.KeyPlan;
import org.clusterwright.keys.NodeApplyResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Instant;
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

    @Mixin
    WriteOptions writing;

    @Override
    public Integer call() throws InterruptedException {
        Instant started = Instant.now();
        PrintWriter err = spec.commandLine().getErr();
        KeysCommand.Planned planned = KeysCommand.Planned.make(options, environment, err);
        KeyPlan plan = planned.plan();
        if (planned.refusal().isPresent()) {
            return planned.refuse(spec, options, "keys apply", KeysCommand.KEY_STEP, started);
        }
        if (!writing.yes && !KeyWriting.confirmedAtTerminal("Write the key " + plan.fingerprint() + " to these nodes?",
                () -> new KeyPlanText(System.console().writer()).print(plan))) {
            throw UsableInputException.unusable("nothing was written. Review 'clusterwright keys plan', then run "
                    + "'keys apply' again with --yes (or answer 'yes' at a terminal).");
        }
        // the report tells the state after the writes, proven by reading every node again
        AppliedPlan applied = planned.session().workflow().apply(planned.stepPlan(), Optional.ofNullable(writing.exportFolder),
                KeyWriting.progress(err));
        planned.record(spec, options, "keys apply", KeysCommand.KEY_STEP, started, applied.report(),
                AppliedChanges.ofKeyWrites(Optional.of(plan), applied.applied(), NodeApplyResult.APPLY));
        return KeysCommand.finish(spec, options.format, planned.session().profile(), started, applied.report(), null);
    }
}
