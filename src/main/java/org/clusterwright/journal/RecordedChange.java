package org.clusterwright.journal;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.clusterwright.check.Status;
import org.clusterwright.secrets.SecretMask;

import java.util.List;

/**
 * A change a run applied (or restored, or tried to) on one node or setting: the file or setting, the backup that
 * undoes it, and a diff in which every secret is masked. {@code backup} is empty when none was made (a setting kept
 * in the database has none of its own).
 *
 * @param checkId the result it belongs to: {@code key.apply}, {@code key.restore} or {@code storage.apply}
 * @param node    the target of that result: a node's name, or {@code proget} for the storage setting
 */
@JsonPropertyOrder({"checkId", "node", "subject", "backup", "status", "summary", "diff"})
public record RecordedChange(String checkId, String node, String subject, String backup, Status status, String summary,
                             List<String> diff) {
    public RecordedChange {
        subject = subject == null ? "" : subject;
        backup = backup == null ? "" : backup;
        summary = summary == null ? "" : summary;
        diff = diff == null ? List.of() : List.copyOf(diff);
    }

    RecordedChange masked(SecretMask mask) {
        return new RecordedChange(checkId, mask.apply(node), mask.apply(subject), mask.apply(backup), status,
                mask.apply(summary), diff.stream().map(mask::apply).toList());
    }
}
