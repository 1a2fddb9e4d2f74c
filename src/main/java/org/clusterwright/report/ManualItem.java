package org.clusterwright.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.clusterwright.secrets.SecretMask;

import java.util.List;

/**
 * Something the administrator does by hand, as a box that is ticked or not. {@code key} is stable (for the HA items,
 * the key their tick is kept under in the profile); {@code node} is empty for the cluster as a whole;
 * {@code commands} are exact lines to run; {@code doneAt} is when it was ticked, empty while open. A tick is a
 * person's word, not a proof: the checks prove the result.
 */
@JsonPropertyOrder({"key", "node", "text", "commands", "link", "done", "doneAt"})
public record ManualItem(String key, String node, String text, List<String> commands, String link, boolean done,
                         String doneAt) {
    public ManualItem {
        commands = List.copyOf(commands);
        node = node == null ? "" : node;
        link = link == null ? "" : link;
        doneAt = doneAt == null ? "" : doneAt;
    }

    ManualItem masked(SecretMask mask) {
        return new ManualItem(key, mask.apply(node), mask.apply(text), commands.stream().map(mask::apply).toList(),
                mask.apply(link), done, doneAt);
    }
}
