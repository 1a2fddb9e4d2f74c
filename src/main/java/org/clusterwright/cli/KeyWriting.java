package org.clusterwright.cli;

import org.clusterwright.keys.KeyApplyListener;
import org.clusterwright.keys.NodeApplyResult;

import java.io.Console;
import java.io.PrintWriter;

/** What the commands that write to nodes share: the typed "yes" at a terminal, and progress node by node. */
final class KeyWriting {
    private KeyWriting() {
    }

    /**
     * True only when a person at a terminal typed "yes" to {@code question}; a run without a terminal never
     * prompts, so scripts must say --yes.
     */
    static boolean confirmedAtTerminal(String question, Runnable showFirst) {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        showFirst.run();
        String answer = console.readLine("%s Type 'yes': ", question);
        return "yes".equalsIgnoreCase(answer == null ? "" : answer.strip());
    }

    static KeyApplyListener progress(PrintWriter err) {
        return new KeyApplyListener() {
            @Override
            public void finished(NodeApplyResult result, int index, int total) {
                err.printf("[%d/%d] %s: %s%n", index + 1, total, result.target(), result.result());
                err.flush();
            }
        };
    }
}
