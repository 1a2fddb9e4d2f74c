package org.clusterwright.cli;

import org.clusterwright.cluster.HaChecklist;
import org.clusterwright.cluster.HaItem;
import org.clusterwright.cluster.restart.RestartPlanner;
import org.clusterwright.profile.Profile;
import org.clusterwright.storage.apply.StorageChange;
import org.clusterwright.storage.apply.StorageChecklist;

import java.io.PrintWriter;
import java.util.List;

/**
 * Prints what 'plan' and 'apply' say beyond the key: the storage change, the HA items a person still has to do and
 * the restart plan, so one command shows the whole way from here to a cluster.
 */
final class ClusterPlanText {
    private final PrintWriter out;

    ClusterPlanText(PrintWriter out) {
        this.out = out;
    }

    void print(Profile profile, boolean apiKeyGiven) {
        StorageChange storage = StorageChange.of(profile);
        out.println();
        out.println("Shared storage: " + storage.describe());
        if (storage.blocker().isEmpty() && !apiKeyGiven) {
            out.println("  (apply needs a ProGet API key in " + CommandSecrets.PROGET_API_KEY + "; without it the"
                    + " setting is left as it is)");
        }
        StorageChecklist.items(profile).forEach(item -> out.println("  [ ] " + item));

        List<HaItem> open = new HaChecklist(profile).items().stream().filter(item -> !item.confirmed()).toList();
        out.println();
        out.println("High availability: " + (open.isEmpty() ? "every item is ticked in the profile."
                : open.size() + " item(s) to do by hand, then tick them in the wizard:"));
        open.forEach(item -> out.println("  [ ] " + (item.node().isEmpty() ? "" : item.node() + ": ") + item.text()
                + (item.link().isEmpty() ? "" : " (" + item.link() + ")")));

        out.println();
        RestartPlanner.plan(profile).lines().forEach(line -> out.println(line.isEmpty() ? "" : "  " + line));
        out.flush();
    }
}
