package org.clusterwright.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.clusterwright.check.Status;
import org.clusterwright.journal.JournalEntry;
import org.clusterwright.journal.RecordedChange;
import org.clusterwright.secrets.SecretMask;

import java.time.Instant;
import java.util.List;

/**
 * A change applied (or restored, or attempted) on one node or setting: the file or setting, the backup that undoes
 * it, a diff in which every secret is masked, and when, by whom and in which run it was made.
 *
 * @param key       {@code checkId@node@runId}: unique in the report, as one node may be changed in several runs
 * @param resultKey {@code checkId@node}: the key of the result it comes from, to join the two
 * @param backup    empty when nothing was backed up (a setting with no backup of its own)
 * @param action    what ran: {@code apply}, {@code key restore}, ...
 * @param by        the operating system's user that ran it
 */
@JsonPropertyOrder({"key", "resultKey", "checkId", "node", "subject", "backup", "status", "summary", "diff", "runId",
        "action", "at", "by"})
public record ChangeEntry(String key, String resultKey, String checkId, String node, String subject, String backup,
                          Status status, String summary, List<String> diff, String runId, String action, Instant at,
                          String by) {
    public ChangeEntry {
        diff = List.copyOf(diff);
    }

    static ChangeEntry of(RecordedChange change, JournalEntry run, SecretMask mask) {
        String node = mask.apply(change.node());
        String resultKey = change.checkId() + "@" + node;
        return new ChangeEntry(resultKey + "@" + run.runId(), resultKey, change.checkId(), node,
                mask.apply(change.subject()), mask.apply(change.backup()), change.status(), mask.apply(change.summary()),
                change.diff().stream().map(mask::apply).toList(), run.runId(), mask.apply(run.action()),
                run.finishedAt(), run.user());
    }
}
