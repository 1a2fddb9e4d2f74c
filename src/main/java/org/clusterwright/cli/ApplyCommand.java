package org.clusterwright.cli;

import org.clusterwright.check.CheckResult;
import org.clusterwright.check.ExitCodes;
import org.clusterwright.engine.Step;
import org.clusterwright.engine.StorageProof;
import org.clusterwright.engine.StorageWorkflow;
import org.clusterwright.journal.AppliedChanges;
import org.clusterwright.journal.RecordedChange;
import org.clusterwright.keys.AppliedPlan;
import org.clusterwright.keys.KeyPlan;
import org.clusterwright.keys.NodeApplyResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

@Command(name = "apply", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = {"Make the changes 'plan' shows: the key (and connection string) on every node, with a backup "
                + "beside each file, an atomic replace and a read-back, node by node; then ProGet's storage path "
                + "through its settings API (API key from " + CommandSecrets.PROGET_API_KEY + "), read back, once "
                + "the storage probe of this run proved the service account can write there.",
                "Nothing is written unless every node can take the key. When a node fails the run stops there and "
                        + "says how to restore the nodes already written ('clusterwright restore --node NAME').",
                "Asks for confirmation at a terminal; without one, --yes is required."})
final class ApplyCommand implements Callable<Integer> {
    /** The steps 'plan' and 'apply' concern, as their journal entries name them. */
    static final List<String> STEPS = List.of(Step.ENCRYPTION_KEY.id(), Step.STORAGE.id());

    private final Function<String, String> environment;

    ApplyCommand(Function<String, String> environment) {
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
        KeysCommand.Session session = planned.session();
        KeyPlan plan = planned.plan();
        if (planned.refusal().isPresent()) {
            return planned.refuse(spec, options, "apply", STEPS, started);
        }
        boolean apiKeyGiven = session.apiKey().isPresent();
        if (!writing.yes && !KeyWriting.confirmedAtTerminal("Make these changes?", () -> {
            new KeyPlanText(System.console().writer()).print(plan);
            new ClusterPlanText(System.console().writer()).print(session.profile(), apiKeyGiven);
        })) {
            throw UsableInputException.unusable("nothing was written. Review 'clusterwright plan', then run 'apply'"
                    + " again with --yes (or answer 'yes' at a terminal).");
        }
        AppliedPlan applied = session.workflow().apply(planned.stepPlan(), Optional.ofNullable(writing.exportFolder),
                KeyWriting.progress(err));
        List<CheckResult> report = new ArrayList<>(applied.report());
        List<RecordedChange> changes = new ArrayList<>(AppliedChanges.ofKeyWrites(Optional.of(plan), applied.applied(),
                NodeApplyResult.APPLY));
        List<NodeApplyResult> failed = applied.applied().stream().filter(NodeApplyResult::failed).toList();
        if (!failed.isEmpty()) {
            adviseRestore(err, applied.applied(), failed);
        } else {
            StorageWorkflow storage = new StorageWorkflow(session.profile(), session.secrets(), options.deadline());
            StorageProof proof = storage.change().blocker().isPresent()
                    ? StorageProof.notProbed(storage.change().probedPath()) : storage.probe();
            report.addAll(proof.results());
            List<CheckResult> set = storage.apply(proof, options.forcedGates());
            report.addAll(set);
            changes.addAll(AppliedChanges.ofStorage(set));
        }
        planned.record(spec, options, "apply", STEPS, started, report, changes);
        return KeysCommand.finish(spec, options.format, session.profile(), started, report, null);
    }

    /** The run stopped at a failed node: name it, and how to put back each node already written. */
    private void adviseRestore(PrintWriter err, List<NodeApplyResult> applied, List<NodeApplyResult> failed) {
        err.println("clusterwright: stopped at " + failed.get(0).target() + ": " + failed.get(0).message());
        applied.stream().filter(r -> r.result() == NodeApplyResult.Result.APPLIED).forEach(r ->
                err.println("  restore " + r.target() + " with: clusterwright restore --profile " + options.profileFile
                        + " --node " + r.target()));
        err.println("The storage path was not changed.");
        err.flush();
    }
}
