package org.clusterwright.storage;

import org.clusterwright.check.Check;
import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;

/** Stands in for the probe when it cannot run from here, and says why instead of passing silently. */
record NotProbedCheck(String reason) implements Check {
    static final CheckId ID = CheckId.of("storage.folder");

    @Override
    public CheckId id() {
        return ID;
    }

    @Override
    public Outcome run(CheckContext context) {
        return Outcome.skip(reason);
    }
}
