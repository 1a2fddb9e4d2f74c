package org.clusterwright.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.clusterwright.check.Status;

import java.util.List;

/**
 * A change applied (or attempted) on one node: the file or setting, the backup that undoes it, and a diff in which
 * every secret is masked. {@code key} is {@code checkId@node}; {@code backup} is empty when nothing was backed up
 * (nothing written, or a setting with no backup of its own).
 */
@JsonPropertyOrder({"key", "checkId", "node", "subject", "backup", "status", "summary", "diff"})
public record ChangeEntry(String key, String checkId, String node, String subject, String backup, Status status,
                          String summary, List<String> diff) {
    public ChangeEntry {
        diff = List.copyOf(diff);
    }

    ChangeEntry masked(SecretMask mask) {
        return new ChangeEntry(key, checkId, mask.apply(node), mask.apply(subject), mask.apply(backup), status,
                mask.apply(summary), diff.stream().map(mask::apply).toList());
    }
}
