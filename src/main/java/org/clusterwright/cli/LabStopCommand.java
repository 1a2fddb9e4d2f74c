package org.clusterwright.cli;

import org.clusterwright.check.ExitCodes;
import org.clusterwright.lab.LabFolder;
import org.clusterwright.lab.LabRequests;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Callable;

@Command(name = "stop", mixinStandardHelpOptions = true,
        description = "Stops the lab running from the folder (started by 'lab start' or by the wizard) and waits"
                + " until its PostgreSQL and nodes are gone.")
final class LabStopCommand implements Callable<Integer> {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Spec
    CommandSpec spec;

    @Mixin
    LabFolderOption folderOption;

    @Override
    public Integer call() {
        LabFolder folder = folderOption.folder();
        try {
            boolean stopped = LabRequests.stop(folder, PATIENCE);
            spec.commandLine().getOut().println(stopped ? "Stopped the lab running from " + folder.root() + "."
                    : "No lab is running from " + folder.root() + "; nothing to stop.");
            return ExitCodes.ALL_PASSED;
        } catch (IOException e) {
            spec.commandLine().getErr().println("clusterwright: " + e.getMessage());
            return ExitCodes.FAILURES;
        }
    }
}
