package org.clusterwright.cli;

import org.clusterwright.lab.LabFolder;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The folder a lab runs from, the same default for every lab command so start and stop meet without options. */
final class LabFolderOption {
    @Option(names = "--folder", paramLabel = "DIR",
            description = "The lab's folder (default: a 'lab' folder beside the saved profiles). It must be empty,"
                    + " new, or an earlier lab's.")
    Path folder;

    LabFolder folder() {
        return folder == null ? LabFolder.byDefault() : new LabFolder(folder);
    }
}
