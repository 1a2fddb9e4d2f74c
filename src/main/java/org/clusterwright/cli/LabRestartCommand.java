package org.clusterwright.cli;

import org.clusterwright.check.ExitCodes;
import org.clusterwright.lab.LabRequests;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Callable;

@Command(name = "restart", mixinStandardHelpOptions = true,
        description = "Restarts one node of the running lab, as restarting its ProGet service would: it reads its"
                + " ProGet.config again, so a changed connection string shows in its /health from now on.")
final class LabRestartCommand implements Callable<Integer> {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Spec
    CommandSpec spec;

    @Mixin
    LabFolderOption folderOption;

    @Parameters(paramLabel = "NODE", description = "The node, as the lab's profile names it: proget-1, proget-2 or proget-3 for ProGet.")
    String node;

    @Override
    public Integer call() {
        try {
            LabRequests.restart(folderOption.folder(), node, PATIENCE);
            spec.commandLine().getOut().println("Restarted " + node + "; it has read its ProGet.config again.");
            return ExitCodes.ALL_PASSED;
        } catch (IllegalArgumentException e) {
            throw UsableInputException.unusable(e.getMessage());
        } catch (IOException e) {
            spec.commandLine().getErr().println("clusterwright: " + e.getMessage());
            return ExitCodes.FAILURES;
        }
    }
}
