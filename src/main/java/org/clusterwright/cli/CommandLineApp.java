package org.clusterwright.cli;

import org.clusterwright.Version;
import org.clusterwright.check.ExitCodes;
import org.clusterwright.support.ProgramLogging;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Builds the picocli command tree and runs it. */
public final class CommandLineApp {
    private static final Logger LOG = Logger.getLogger(CommandLineApp.class.getName());

    private CommandLineApp() {
    }

    /** The program's command line: its run is logged, and so is an exception no thread caught, with a word on the console. */
    public static int execute(String... args) {
        PrintWriter err = new PrintWriter(System.err, true);
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
            ProgramLogging.logUncaught(thread, failure);
            err.println("clusterwright: an internal error stopped a task (" + failure + ")." + whereDetailsAre());
        });
        // the arguments never hold a secret (secrets come from the environment and files); the log masks any anyway
        LOG.info(() -> Version.describe() + ": clusterwright " + String.join(" ", args));
        int exitCode = execute(new PrintWriter(System.out, true), err, args);
        LOG.info(() -> "exit code " + exitCode);
        return exitCode;
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
            if (exception instanceof UsableInputException usable) {
                LOG.warning(usable::getMessage);
                cmd.getErr().println("clusterwright: " + usable.getMessage());
                return usable.exitCode();
            }
            // not the input's fault: the whole trace goes to the log, where support can read it
            LOG.log(Level.SEVERE, "'" + cmd.getCommandName() + "' failed", exception);
            cmd.getErr().println("clusterwright: " + exception.getMessage() + whereDetailsAre());
            return ExitCodes.UNUSABLE_INPUT;
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

    private static String whereDetailsAre() {
        return ProgramLogging.file().map(file -> " The details are in " + file + ".").orElse("");
    }

    private static void useUnusableInputCode(CommandLine commandLine) {
        commandLine.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.UNUSABLE_INPUT);
        commandLine.getCommandSpec().exitCodeOnExecutionException(ExitCodes.UNUSABLE_INPUT);
        commandLine.getSubcommands().values().forEach(CommandLineApp::useUnusableInputCode);
    }
}
