package org.clusterwright.report;

import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Status;
import org.clusterwright.cluster.HaChecklist;
import org.clusterwright.cluster.HaItem;
import org.clusterwright.cluster.restart.RestartPlan;
import org.clusterwright.profile.Profile;
import org.clusterwright.storage.apply.StorageApplyResults;
import org.clusterwright.storage.apply.StorageChange;
import org.clusterwright.storage.apply.StorageChecklist;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The manual items of each section, from the same sources the wizard's pages show: the HA checklist with the ticks
 * kept in the profile, the restart plan's exact command lines (under the HA item that asks for the restart), and
 * the storage checklist. Storage items have no tick of their own: they are open, except ProGet's storage setting
 * once {@code storage.apply} has set it to the profile's path and read it back.
 */
public final class ManualItems {
    /** The robocopy line inside the storage checklist's text, offered again on its own so it can be copied whole. */
    private static final Pattern ROBOCOPY = Pattern.compile("robocopy \"[^\"]*\" \"[^\"]*\"(?: /\\S+)*");

    private ManualItems() {
    }

    /** {@code restart}: the restart plan the HA item shows, the one the face showed the person. */
    static Map<ReportPart, List<ManualItem>> of(Profile profile, List<CheckResult> results, RestartPlan restart) {
        Map<ReportPart, List<ManualItem>> items = new EnumMap<>(ReportPart.class);
        items.put(ReportPart.STORAGE, storage(profile, results));
        items.put(ReportPart.HIGH_AVAILABILITY, highAvailability(profile, restart));
        return items;
    }

    private static List<ManualItem> highAvailability(Profile profile, RestartPlan restart) {
        List<ManualItem> items = new ArrayList<>();
        for (HaItem item : new HaChecklist(profile).items()) {
            List<String> commands = item.key().equals(HaChecklist.RESTART) && !restart.steps().isEmpty()
                    ? restart.lines() : List.of();
            items.add(new ManualItem(item.key(), item.node(), item.text(), commands, item.link(), item.confirmed(),
                    item.confirmedAt().orElse("")));
        }
        return items;
    }

    /**
     * The storage checklist as boxes, for the report and the wizard's storage page alike. Keys are positions
     * ({@code storage-1}, ...) in the product's list, the same for every profile of a product.
     */
    public static List<ManualItem> storage(Profile profile, List<CheckResult> results) {
        String path = profile.getStorage().getPath();
        if (profile.getProduct().storage().shared() && (path == null || path.isBlank())) {
            return List.of(new ManualItem("storage-path", "", "Choose the shared storage path (the profile's storage"
                    + " path is empty); the rest of the storage checklist follows from it.", List.of(), "", false, ""));
        }
        List<String> texts = StorageChecklist.items(profile);
        List<ManualItem> items = new ArrayList<>();
        // the first item is the storage setting, which Apply reads back when it sets it through the API
        StorageChange change = StorageChange.of(profile);
        boolean settingDone = change.throughApi() && settingReadBack(change.path(), results);
        // the setting's item follows the one that says a cluster of both kinds of node cannot share it
        int setting = change.cannotShare().isPresent() ? 1 : 0;
        for (int i = 0; i < texts.size(); i++) {
            items.add(new ManualItem("storage-" + (i + 1), "", texts.get(i), commandsIn(texts.get(i)), "",
                    i == setting && settingDone, ""));
        }
        return items;
    }

    private static boolean settingReadBack(String path, List<CheckResult> results) {
        return results.stream().anyMatch(r -> r.id().equals(StorageApplyResults.APPLY) && r.status() == Status.PASS
                && path.equals(r.evidence().get("readBack")));
    }

    private static List<String> commandsIn(String text) {
        Matcher robocopy = ROBOCOPY.matcher(text);
        // the sentence's full stop follows the last option
        return robocopy.find() ? List.of(robocopy.group().replaceFirst("\\.$", "")) : List.of();
    }
}
