package org.clusterwright.storage.apply;

import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.ProductStorage;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.RestartWords;

import java.util.ArrayList;
import java.util.List;

/**
 * The storage step's checklist for the administrator: what to set where, per product and kind of node, and how to
 * move the files that already exist, which Clusterwright never does itself. Windows nodes get Windows items
 * (robocopy, NTFS and share rights); container nodes get the mount of the share at the image's path and a copy
 * through a throwaway container; a cluster of both is told first that one setting cannot serve both.
 */
public final class StorageChecklist {
    private StorageChecklist() {
    }

    public static List<String> items(Profile profile) {
        StorageChange change = StorageChange.of(profile);
        Product product = profile.getProduct();
        ProductStorage storage = product.storage();
        List<String> items = new ArrayList<>();
        change.cannotShare().ifPresent(items::add);
        items.add(switch (change.setting()) {
            case NONE -> product + ": nothing to set. " + product + " keeps no packages or artifacts on disk that the"
                    + " nodes must share (Inedo: \"No configuration is required\").";
            case SETTINGS_API -> product + ": set " + storage.setting() + " to " + change.path() + seenAs(change)
                    + " (Apply does it through the settings API and reads it back; by hand: Administration > Advanced"
                    + " Settings).";
            case BY_HAND -> product + ": in Administration > Advanced Settings set " + storage.setting() + " to "
                    + change.path() + seenAs(change) + " (this " + product + " has no API for its settings, so this is"
                    + " done by hand).";
        });
        if (!storage.shared()) {
            return items;
        }
        List<ClusterNode> windows = profile.getNodes().stream().filter(n -> !n.getAccess().container()).toList();
        List<ClusterNode> containers = profile.getNodes().stream().filter(n -> n.getAccess().container()).toList();
        String path = change.probedPath();
        if (!windows.isEmpty()) {
            String from = storage.windowsDefault();
            items.add("Move the files that already exist before switching, from the current folder on the server that"
                    + " has them (default " + from + "): robocopy \"" + from + "\" \"" + path + "\" /E /COPY:DAT /DCOPY:T"
                    + " /R:2 /W:5 /LOG:robocopy-storage.log. Clusterwright does not move files; /E copies without"
                    + " deleting anything at the destination (/MIR would).");
        }
        if (!containers.isEmpty()) {
            items.add(mountItem(profile, containers, path));
            items.add("Move the files that already exist before switching, on the host whose container has them: docker"
                    + " run --rm -v OLD:/from:ro -v " + hostPath(profile, containers.get(0), path) + ":/to alpine cp -a"
                    + " /from/. /to/ (OLD: the volume or folder now mapped to " + storage.containerPath() + ")."
                    + " Clusterwright does not move files; cp -a copies without deleting anything.");
        }
        if (storage.feeds()) {
            items.add(product + " feeds with a disk path of their own keep it, and so do the Storage.*Library settings"
                    + " of single package types. Apply lists the feeds that are not on the shared storage and the"
                    + " library settings that are set: for each feed, open Manage Feed and click change beside Disk"
                    + " Path; empty each library setting.");
        }
        if (!windows.isEmpty()) {
            items.add("Give the service account of every Windows node modify rights on " + path + " (NTFS) and change"
                    + " rights on the share.");
        }
        if (!containers.isEmpty()) {
            items.add("Mount the share on every container host with an account that may write to it (for CIFS: the"
                    + " mount's username), so the container can write what it stores.");
        }
        items.add("Then restart " + RestartWords.ofAll(profile) + ", one node at a time (step 4's restart plan).");
        return items;
    }

    /** The container keeps its image's path; each host mounts the share and maps it there. */
    static String mountItem(Profile profile, List<ClusterNode> containers, String path) {
        String container = profile.getProduct().storage().containerPath();
        List<String> names = containers.stream().map(ClusterNode::targetName).toList();
        boolean kubernetes = containers.stream().anyMatch(n -> n.getAccess() == NodeAccess.KUBERNETES);
        String kubernetesWay = kubernetes ? " For Kubernetes pods: a ReadWriteMany volume of the share mounted at "
                + container + " in the pod template." : "";
        return "Container nodes " + names + ": keep the product's path inside the container (" + container + ") and"
                + " map the shared storage there on every host: " + DockerStorage.volumeOption(
                hostPath(profile, containers.get(0), path), container) + "." + kubernetesWay + " The storage step's"
                + " storage.mount check reads each compose file for it.";
    }

    private static String hostPath(Profile profile, ClusterNode node, String path) {
        return profile.getStorage().getNodePaths().getOrDefault(node.targetName(), path);
    }

    private static String seenAs(StorageChange change) {
        return change.seenElsewhere() ? ", the path inside the containers, where each host mounts " + change.probedPath()
                : "";
    }
}
