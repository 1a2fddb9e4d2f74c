package org.clusterwright.storage;

import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where nodes reach the storage by different paths, proves they are one folder: a nonce written through the
 * main path must be readable, unchanged, through every other. Two look-alike shares on two servers fail here.
 */
final class StorageSameShareCheck extends StorageStep {
    static final CheckId ID = CheckId.of("storage.same-share");

    private final Map<String, StorageTarget> otherPaths;

    /** {@code otherPaths}: who uses it (a node's name) to the path it uses. */
    StorageSameShareCheck(Map<String, StorageTarget> otherPaths) {
        super(ID.value(), StorageThroughputCheck.ID);
        this.otherPaths = otherPaths;
    }

    @Override
    protected Outcome probe(CheckContext context) throws Exception {
        ProbeFolder main = folder(context);
        String name = ProbeFiles.newName("same-share");
        byte[] nonce = UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8);
        List<String> seen = new ArrayList<>();
        List<String> different = new ArrayList<>();
        List<String> notFromHere = new ArrayList<>();
        try {
            main.create(name, nonce);
            for (Map.Entry<String, StorageTarget> entry : otherPaths.entrySet()) {
                StorageTarget other = entry.getValue();
                String label = other.describe() + " (" + entry.getKey() + ")";
                if (!other.reachableFromHere()) {
                    notFromHere.add(label);
                    continue;
                }
                try (ProbeFolder folder = other.open(Duration.ofMillis(budgetMillis(context)))) {
                    boolean same = folder.exists(name) && Arrays.equals(folder.read(name), nonce);
                    (same ? seen : different).add(label);
                } catch (StorageAccessException e) {
                    different.add(label + ": " + e.getMessage());
                }
            }
        } finally {
            ProbeFiles.cleanUp(main, List.of(name));
        }
        return verdict(main, seen, different, notFromHere);
    }

    private static Outcome verdict(ProbeFolder main, List<String> seen, List<String> different,
                                   List<String> notFromHere) {
        String through = main.describe("");
        Outcome outcome;
        if (!different.isEmpty()) {
            outcome = Outcome.fail("A file written through " + through + " is not seen through "
                            + String.join("; ", different) + ".", "Point every node at the same share: those paths "
                            + "are different folders (or unreachable), so nodes would not see each other's packages.");
        } else if (!notFromHere.isEmpty()) {
            outcome = Outcome.warn("Could not check from this machine: " + String.join("; ", notFromHere)
                    + (seen.isEmpty() ? "" : "; seen through " + String.join("; ", seen)) + ".", "Run the check on "
                    + "a machine that mounts those paths too, or compare a file written on each node by hand.");
        } else {
            outcome = Outcome.pass("A file written through " + through + " reads back the same through "
                    + String.join("; ", seen) + ".");
        }
        return outcome.withEvidence("writtenThrough", through).withEvidence("seenThrough", String.join("; ", seen))
                .withEvidence("notSeenThrough", String.join("; ", different))
                .withEvidence("notCheckedFromHere", String.join("; ", notFromHere));
    }
}
