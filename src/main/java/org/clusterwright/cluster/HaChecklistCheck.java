package org.clusterwright.cluster;

import org.clusterwright.check.Check;
import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;

import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code ha.switch}: the step 4 items the administrator has ticked as done. A tick is their word, not a proof: the
 * summary says so, and the verify step's checks prove the result from outside.
 */
public final class HaChecklistCheck implements Check {
    public static final CheckId ID = CheckId.of("ha.switch");

    private final HaChecklist checklist;

    public HaChecklistCheck(HaChecklist checklist) {
        this.checklist = checklist;
    }

    @Override
    public CheckId id() {
        return ID;
    }

    @Override
    public Outcome run(CheckContext context) {
        List<HaItem> items = checklist.items();
        List<HaItem> open = items.stream().filter(item -> !item.confirmed()).toList();
        Outcome outcome;
        if (open.isEmpty()) {
            outcome = Outcome.pass("All " + items.size() + " manual items are ticked as done (by hand; the verify step"
                    + " proves the result).");
        } else {
            outcome = Outcome.warn(open.size() + " of " + items.size() + " manual items are not ticked yet: "
                            + open.stream().map(HaItem::key).collect(Collectors.joining(", ")) + ".",
                    "Do them as the High availability page describes, then tick them.")
                    .withDetail(open.stream().map(HaItem::text).collect(Collectors.joining("\n")));
        }
        for (HaItem item : items) {
            outcome = outcome.withEvidence(item.key(), item.confirmedAt().map(at -> "done " + at).orElse("open"));
        }
        return outcome;
    }
}
