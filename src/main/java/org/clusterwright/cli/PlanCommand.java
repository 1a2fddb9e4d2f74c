package org.clusterwright.cli;

import org.clusterwright.check.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

@Command(name = "plan", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = {"Show what 'apply' would change, node by node, secrets masked. Writes nothing.",
                "Step 2: each node's EncryptionKey (and connection string). Step 3: ProGet's storage path. Then what "
                        + "stays for a person: the storage and HA checklists and the restart plan."})
final class PlanCommand implements Callable<Integer> {
    private final Function<String, String> environment;

    PlanCommand(Function<String, String> environment) {
        this.environment = environment;
    }

    @Spec
    CommandSpec spec;

    @Mixin
    KeyOptions options;

    @Override
    public Integer call() throws InterruptedException {
        Instant started = Instant.now();
        KeysCommand.Planned planned = KeysCommand.Planned.make(options, environment, spec.commandLine().getErr());
        KeysCommand.Session session = planned.session();
        boolean apiKey = session.apiKey().isPresent();
        planned.record(spec, options, "plan", ApplyCommand.STEPS, started, planned.results(), List.of());
        return KeysCommand.finish(spec, options.format, session.profile(), started, planned.results(), planned.stepPlan(),
                out -> new ClusterPlanText(out).print(session.profile(), apiKey));
    }
}
