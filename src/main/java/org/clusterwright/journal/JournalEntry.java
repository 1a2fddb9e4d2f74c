package org.clusterwright.journal;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.clusterwright.Version;
import org.clusterwright.check.CheckResult;
import org.clusterwright.profile.Profile;
import org.clusterwright.secrets.SecretMask;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

/**
 * One run, as the journal keeps it: what ran, when, by whom, with which Clusterwright, what it found and what it
 * changed. One line of the journal file each.
 *
 * @param kind    always {@value #KIND}, so a line can be told from anything else
 * @param version the entry's form ({@value #VERSION}); a reader skips entries of a later form, saying so
 * @param runId   twelve hex digits, unique enough to name a run in a report (and short of every secret's shape)
 * @param action  what ran, as a person would name it: {@code check}, {@code apply}, {@code key restore}, ...
 * @param steps   the ids of the steps it concerned ({@code database}, {@code key}, ...)
 * @param user    the operating system's user that ran it
 */
@JsonPropertyOrder({"kind", "version", "runId", "face", "action", "steps", "startedAt", "finishedAt", "user",
        "toolVersion", "profileId", "profileName", "results", "changes"})
public record JournalEntry(String kind, int version, String runId, Face face, String action, List<String> steps,
                           Instant startedAt, Instant finishedAt, String user, String toolVersion, String profileId,
                           String profileName, List<CheckResult> results, List<RecordedChange> changes) {
    public static final String KIND = "clusterwright-run";
    public static final int VERSION = 1;
    private static final SecureRandom RUN_IDS = new SecureRandom();

    public JournalEntry {
        steps = steps == null ? List.of() : List.copyOf(steps);
        user = user == null ? "" : user;
        toolVersion = toolVersion == null ? "" : toolVersion;
        profileName = profileName == null ? "" : profileName;
        results = results == null ? List.of() : List.copyOf(results);
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** A run of {@code profile} that started at {@code startedAt} and ends now, by this process's user. */
    public static JournalEntry of(Face face, String action, Collection<String> steps, Profile profile, Instant startedAt,
                                  List<CheckResult> results, List<RecordedChange> changes) {
        byte[] id = new byte[6];
        RUN_IDS.nextBytes(id);
        return new JournalEntry(KIND, VERSION, HexFormat.of().formatHex(id), face, action, List.copyOf(steps),
                startedAt, Instant.now(), System.getProperty("user.name", ""), Version.get(), profile.getId(),
                profile.getName(), results, changes);
    }

    /**
     * Every text a run found or changed passed through {@code mask}. The ids, times, user and version are
     * Clusterwright's own words: masking them would only garble them (a profile id is shaped like a GUID).
     */
    JournalEntry masked(SecretMask mask) {
        return new JournalEntry(kind, version, runId, face, mask.apply(action), steps, startedAt, finishedAt, user,
                toolVersion, profileId, mask.apply(profileName),
                results.stream().map(result -> result.masked(mask::apply)).toList(),
                changes.stream().map(change -> change.masked(mask)).toList());
    }
}
