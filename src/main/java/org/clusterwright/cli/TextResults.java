package org.clusterwright.cli;

import org.clusterwright.check.CheckResult;
import org.clusterwright.check.RunSummary;

import java.io.PrintWriter;

/** Prints results for a person at a terminal: one line per check, the remedy indented below problems. */
final class TextResults {
    private final PrintWriter out;

    TextResults(PrintWriter out) {
        this.out = out;
    }

    void print(CheckResult result) {
        out.printf("%-5s  %-22s %-16s %s%n", result.status(), result.id(), result.target(), result.summary());
        if (!result.remedy().isBlank()) {
            out.printf("       -> %s%n", result.remedy());
        }
        out.flush();
    }

    void printSummary(RunSummary summary, int exitCode) {
        out.println();
        out.println(summary + " (exit code " + exitCode + ")");
        out.flush();
    }
}
