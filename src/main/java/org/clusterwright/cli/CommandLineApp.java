package org.clusterwright.cli;

import org.clusterwright.check.ExitCodes;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.function.Function;

/** Builds the picocli command tree and runs it. */
public final class CommandLineApp {
    private CommandLineApp() {
    }

    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return execute(out, err, System::getenv, args);
    }

    /** With an environment of the caller's choosing, for tests of what is read from environment variables. */
    public static int execute(PrintWriter out, PrintWriter err, Function<String, String> environment, String... args) {
        CommandLine commandLine = create(environment);
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }

    static CommandLine create(Function<String, String> environment) {
        CommandLine commandLine = new CommandLine(new RootCommand(), new Factory(environment));
        useUnusableInputCode(commandLine);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            cmd.getErr().println("clusterwright: " + exception.getMessage());
            return exception instanceof UsableInputException usable ? usable.exitCode() : ExitCodes.UNUSABLE_INPUT;
        });
        return commandLine;
    }

    /**
     * Hands the environment to the commands that read it (passwords come from there), so every command sees the
     * same one and a test can give its own: a command that takes a {@code Function<String, String>} in its constructor
     * gets it; every other class is made the usual way.
     */
    private record Factory(Function<String, String> environment) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return type.cast(type.getDeclaredConstructor(Function.class).newInstance(environment));
            } catch (NoSuchMethodException takesNoEnvironment) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }

    private static void useUnusableInputCode(CommandLine commandLine) {
        commandLine.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.UNUSABLE_INPUT);
        commandLine.getCommandSpec().exitCodeOnExecutionException(ExitCodes.UNUSABLE_INPUT);
        commandLine.getSubcommands().values().forEach(CommandLineApp::useUnusableInputCode);
    }
}
