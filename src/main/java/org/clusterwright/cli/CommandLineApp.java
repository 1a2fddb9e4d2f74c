package org.clusterwright.cli;

import org.clusterwright.check.ExitCodes;

import picocli.CommandLine;

import java.io.PrintWriter;

/** Builds the picocli command tree and runs it. */
public final class CommandLineApp {
    private CommandLineApp() {
    }

    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = create();
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }

    static CommandLine create() {
        CommandLine commandLine = new CommandLine(new RootCommand());
        useUnusableInputCode(commandLine);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            cmd.getErr().println("clusterwright: " + exception.getMessage());
            return exception instanceof UsableInputException usable ? usable.exitCode() : ExitCodes.UNUSABLE_INPUT;
        });
        return commandLine;
    }

    private static void useUnusableInputCode(CommandLine commandLine) {
        commandLine.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.UNUSABLE_INPUT);
        commandLine.getCommandSpec().exitCodeOnExecutionException(ExitCodes.UNUSABLE_INPUT);
        commandLine.getSubcommands().values().forEach(CommandLineApp::useUnusableInputCode);
    }
}
