package org.clusterwright;

import org.clusterwright.cli.CommandLineApp;
import org.clusterwright.support.ProgramLogging;
import org.clusterwright.ui.WizardLauncher;

/**
 * The program's entry point. With no arguments it opens the wizard; with arguments it is the command line.
 * It deliberately does not extend JavaFX's Application, so the same jar starts on a plain classpath.
 */
public final class Clusterwright {
    private Clusterwright() {
    }

    public static void main(String[] args) {
        // before anything can log: every library's lines go to the log file, none to the console
        ProgramLogging.start(System::getenv);
        if (args.length == 0) {
            WizardLauncher.open();
            return;
        }
        System.exit(CommandLineApp.execute(args));
    }
}
