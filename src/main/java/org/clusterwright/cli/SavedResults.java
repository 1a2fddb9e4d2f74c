package org.clusterwright.cli;

import org.clusterwright.Version;
import org.clusterwright.check.CheckResult;
import org.clusterwright.profile.Profile;
import org.clusterwright.report.LastResults;
import org.clusterwright.report.ResultsDocument;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** What 'apply' and 'restore' changed, added to the results saved beside the profile for 'report'. */
final class SavedResults {
    private SavedResults() {
    }

    static void add(Path profileFile, Profile profile, Instant started, List<CheckResult> results, PrintWriter err) {
        try {
            LastResults.merge(profileFile, ResultsDocument.of(Version.get(), profile.getId(), profile.getName(), started,
                    Instant.now(), results));
        } catch (IOException e) {
            err.println("clusterwright: the results could not be saved to " + LastResults.fileFor(profileFile) + " ("
                    + e.getMessage() + "); 'clusterwright report' will not show this run's changes.");
            err.flush();
        }
    }
}
