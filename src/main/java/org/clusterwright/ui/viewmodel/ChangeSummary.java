package org.clusterwright.ui.viewmodel;

import org.clusterwright.cluster.HaChecklist;
import org.clusterwright.cluster.HaItem;
import org.clusterwright.cluster.restart.RestartPlan;
import org.clusterwright.cluster.restart.RestartStep;
import org.clusterwright.engine.KeyStepPlan;
import org.clusterwright.engine.StorageProof;
import org.clusterwright.keys.KeyChoice;
import org.clusterwright.keys.KeyPlan;
import org.clusterwright.keys.NodeKeyChange;
import org.clusterwright.profile.Profile;
import org.clusterwright.storage.apply.StorageChange;
import org.clusterwright.storage.apply.StorageChecklist;

import java.util.ArrayList;
import java.util.List;

/**
 * Every change on the way from here to a cluster, before one is made, as {@code clusterwright plan} lists them and
 * from the same objects: each node's key change with its masked diff and backup ({@link KeyStepPlan}), ProGet's
 * storage setting and the proof it rests on ({@link StorageChange}, {@link StorageProof}), the restarts in order
 * ({@link RestartPlan}), and what stays for a person. The rows of the action about to run are marked {@code now}.
 *
 * @param action  what the Apply of the summary does
 * @param rows    the changes, in the order they are made
 * @param choice  the key decision they were planned from, for the script
 * @param handOut whether the nodes get step 1's connection string, for the script
 */
public record ChangeSummary(Action action, List<Row> rows, KeyChoice choice, boolean handOut) {

    /** What the summary's Apply button does. */
    public enum Action {
        WRITE_KEY("Write the key to the servers"),
        SET_STORAGE("Set the storage path in ProGet"),
        RESTART("Run the restart plan");

        private final String words;

        Action(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** Which part of the way a change belongs to. */
    public enum Part {
        KEY("2 Key"), STORAGE("3 Storage"), RESTART("4 Restart"), BY_HAND("By hand");

        private final String title;

        Part(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /**
     * One change: where it happens, what it does, what it rests on (the proof, the backup), and its full text (a
     * masked diff, the command lines).
     */
    public record Row(Part part, String where, String change, String restsOn, List<String> detail, boolean now) {
        public Row {
            detail = List.copyOf(detail);
        }
    }

    /** How a key change's detail names the node's config file, before its masked diff. */
    public static final String FILE = "File: ";

    public ChangeSummary {
        rows = List.copyOf(rows);
    }

    /** The rows the summary's Apply makes. */
    public List<Row> now() {
        return rows.stream().filter(Row::now).toList();
    }

    public static ChangeSummary of(Action action, Profile profile, KeyStepPlan key, StorageChange storage,
                                   StorageProof proof, RestartPlan restarts, boolean handOut) {
        List<Row> rows = new ArrayList<>(keyRows(key.plan(), action == Action.WRITE_KEY));
        key.connectionStringNote().ifPresent(note -> rows.add(new Row(Part.KEY, "every server", "Keeps its own"
                + " connection string", note, List.of(), action == Action.WRITE_KEY)));
        rows.add(storageRow(storage, proof, action == Action.SET_STORAGE));
        for (RestartStep step : restarts.steps()) {
            rows.add(new Row(Part.RESTART, step.target() + (step.inCluster() ? "" : " (drained)"), "Restart: "
                    + step.how(), "the node before it answered healthy", step.commands(), action == Action.RESTART));
        }
        rows.addAll(byHand(profile));
        return new ChangeSummary(action, rows, key.choice(), handOut);
    }

    private static List<Row> keyRows(KeyPlan plan, boolean now) {
        List<Row> rows = new ArrayList<>();
        for (NodeKeyChange change : plan.changes()) {
            String backup = change.action() == NodeKeyChange.Action.WRITE
                    ? "a backup beside the file first; read back after" : change.note();
            List<String> detail = new ArrayList<>();
            detail.add(FILE + change.where());
            detail.addAll(change.diff());
            rows.add(new Row(Part.KEY, change.target(), KeyMatrixRow.planned(change)
                    + (plan.fingerprint().isEmpty() ? "" : ": key " + plan.fingerprint()), backup, detail, now));
        }
        return rows;
    }

    private static Row storageRow(StorageChange storage, StorageProof proof, boolean now) {
        String restsOn = storage.blocker().isPresent() ? "" : proof.refusal()
                .map(why -> "NOT PROVEN: " + why).orElse("the storage probe of this session passed for " + proof.path());
        return new Row(Part.STORAGE, storage.address().map(Object::toString).orElse(storage.product().displayName()),
                storage.describe(), restsOn, List.of(), now && storage.blocker().isEmpty());
    }

    /** What stays for a person: the HA items not ticked yet, and the storage checklist. */
    private static List<Row> byHand(Profile profile) {
        List<Row> rows = new ArrayList<>();
        for (HaItem item : new HaChecklist(profile).items()) {
            if (!item.confirmed()) {
                rows.add(new Row(Part.BY_HAND, item.node().isEmpty() ? "cluster" : item.node(), item.text(),
                        "", item.link().isEmpty() ? List.of() : List.of(item.link()), false));
            }
        }
        for (String item : StorageChecklist.items(profile)) {
            rows.add(new Row(Part.BY_HAND, "storage", item, "", List.of(), false));
        }
        return rows;
    }
}
