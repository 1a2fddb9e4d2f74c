package org.clusterwright.lab;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The warnings a lab's own profile is bound to get, and why: the lab runs a whole cluster on one machine, so its
 * database is on a loopback address, without TLS or a replica, and its nodes share a local folder. A real cluster
 * must not have them; in the lab they say nothing about how it was walked. Each is named by its check and a phrase
 * of its summary, so another warning of the same check still counts.
 */
public final class LabWarnings {
    /** One warning the lab expects: check {@code check} warning with {@code saying} in its summary. */
    public record Expected(String check, String saying, String why) {
        public boolean matches(String checkId, String summary) {
            return check.equals(checkId) && summary.toLowerCase(Locale.ROOT).contains(saying.toLowerCase(Locale.ROOT));
        }
    }

    public static final List<Expected> EXPECTED = List.of(
            new Expected("db.parse", "every node reads as itself", "the lab runs its database and all its nodes on"
                    + " this machine, so they reach the database on a loopback address; a real cluster names the"
                    + " database server"),
            new Expected("db.tls", "no SSL", "the lab's PostgreSQL has no certificate; a real cluster's database"
                    + " should require TLS"),
            new Expected("db.availability", "single point of failure", "the lab has one PostgreSQL; a real cluster's"
                    + " database should have a replica that takes over"),
            new Expected("input.storage", "local or container path", "the lab's nodes share a folder on this"
                    + " machine; a real cluster's nodes share an SMB share by its UNC path"));

    private LabWarnings() {
    }

    /** Why a warning of {@code checkId} saying {@code summary} is expected, when {@code profileFile} is a lab's. */
    public static Optional<String> whyExpected(Path profileFile, String checkId, String summary) {
        if (!isLabProfile(profileFile)) {
            return Optional.empty();
        }
        return EXPECTED.stream().filter(e -> e.matches(checkId, summary)).map(Expected::why).findFirst();
    }

    /** True when {@code profileFile} is the profile a lab wrote into its folder. */
    public static boolean isLabProfile(Path profileFile) {
        if (profileFile == null || profileFile.getParent() == null) {
            return false;
        }
        LabFolder folder = new LabFolder(profileFile.getParent());
        return folder.profile().equals(profileFile.toAbsolutePath().normalize()) && Files.exists(folder.marker());
    }
}
