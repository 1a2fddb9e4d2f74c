package org.clusterwright.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "lab", mixinStandardHelpOptions = true,
        description = {"A demo cluster on this machine, to try every step without one: a real PostgreSQL 17 standing"
                + " in for InedoDB, three simulated ProGet 2025 nodes on loopback (one with an odd EncryptionKey), a"
                + " local folder as the shared storage, and a profile that matches.",
                "Nothing of it is left running once it stops."},
        subcommands = {LabStartCommand.class, LabStopCommand.class, LabRestartCommand.class})
final class LabCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: use 'lab start', 'lab stop' or 'lab restart'.");
    }
}
