package org.clusterwright.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options of the commands that write to nodes: consent without a terminal, and where Docker files go. */
final class WriteOptions {
    @Option(names = "--yes", description = "Write without asking.")
    boolean yes;

    @Option(names = "--export-folder", paramLabel = "DIR",
            description = "Where to write the files for Docker/Linux nodes (owner-only).")
    Path exportFolder;
}
