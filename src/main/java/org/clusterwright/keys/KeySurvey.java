package org.clusterwright.keys;

import org.clusterwright.check.CheckResult;

import java.util.List;

/**
 * Everything the key step learns before deciding: each node's key and whether the database holds an
 * installation. Plan from it with {@link KeyService#plan(KeySurvey, KeyRequest)}, as often as the user changes
 * their choice, without reading the nodes again.
 *
 * @param inspection      what each node had ({@code key.read} per node)
 * @param installation    what is known of the database's installation, and how
 * @param databaseResults the database probe's results behind that (empty when it was not run), to show the reason
 */
public record KeySurvey(KeyInspection inspection, InstallationKnowledge installation, List<CheckResult> databaseResults) {
    public KeySurvey {
        databaseResults = List.copyOf(databaseResults);
    }
}
