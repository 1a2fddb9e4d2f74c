package org.clusterwright.cli;

import org.clusterwright.check.ExitCodes;
import org.clusterwright.support.Versions;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "clusterwright",
        mixinStandardHelpOptions = true,
        versionProvider = RootCommand.VersionProvider.class,
        description = {"Turns a single Inedo ProGet, BuildMaster or Otter server into a verified high-availability "
                + "cluster.", "Run without arguments to open the wizard."},
        subcommands = {CheckCommand.class, PlanCommand.class, ApplyCommand.class, RestoreCommand.class,
                ReportCommand.class, ProfileCommand.class, KeysCommand.class, LbConfigCommand.class, LabCommand.class,
                DiagnoseCommand.class},
        footer = ExitCodes.HELP)
final class RootCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: use 'check', 'plan', 'apply', 'restore',"
                + " 'report', 'profile', 'keys', 'lb-config', 'lab' or 'diagnose'.");
    }

    static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return Versions.program().stream().map(Versions.Entry::toString).toArray(String[]::new);
        }
    }
}
