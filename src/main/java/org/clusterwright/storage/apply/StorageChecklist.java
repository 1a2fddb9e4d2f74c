package org.clusterwright.storage.apply;

import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.ProductStorage;
import org.clusterwright.profile.Profile;

import java.util.ArrayList;
import java.util.List;

/**
 * The storage step's checklist for the administrator: what to set where, per product, and how to move the files
 * that already exist, which Clusterwright never does itself.
 */
public final class StorageChecklist {
    private StorageChecklist() {
    }

    public static List<String> items(Profile profile) {
        String path = profile.getStorage().getPath();
        Product product = profile.getProduct();
        ProductStorage storage = product.storage();
        List<String> items = new ArrayList<>();
        items.add(switch (storage.pathSetting()) {
            case NONE -> product + ": nothing to set. " + product + " keeps no packages or artifacts on disk that the"
                    + " nodes must share (Inedo: \"No configuration is required\").";
            case SETTINGS_API -> product + ": set " + storage.setting() + " to " + path + " (Apply does it through"
                    + " the settings API and reads it back; by hand: Administration > Advanced Settings).";
            case BY_HAND -> product + ": in Administration > Advanced Settings set " + storage.setting() + " to "
                    + path + " (" + product + " documents no API for its settings, so this is done by hand).";
        });
        if (!storage.shared()) {
            return items;
        }
        String from = storage.windowsDefault();
        items.add("Move the files that already exist before switching, from the current folder on the server that"
                + " has them (default " + from + "): robocopy \"" + from + "\" \"" + path + "\" /E /COPY:DAT /DCOPY:T"
                + " /R:2 /W:5 /LOG:robocopy-storage.log. Clusterwright does not move files; /E copies without deleting"
                + " anything at the destination (/MIR would).");
        if (storage.feeds()) {
            items.add(product + " feeds with a disk path of their own keep it. Apply lists those that are not on the"
                    + " shared storage; for each, open Manage Feed and click change beside Disk Path.");
        }
        if (profile.getNodes().stream().anyMatch(n -> n.getAccess() == NodeAccess.DOCKER)) {
            items.add(dockerItem(profile, path));
        }
        items.add("Give the service account of every node modify rights on " + path + " (NTFS) and change rights on"
                + " the share; restart the product's service on every node afterwards.");
        return items;
    }

    /** The container keeps its image's path; the host mounts the share and maps it there. */
    static String dockerItem(Profile profile, String path) {
        String container = profile.getProduct().storage().containerPath();
        List<String> names = profile.getNodes().stream().filter(n -> n.getAccess() == NodeAccess.DOCKER)
                .map(ClusterNode::getName).toList();
        return "Docker nodes " + names + ": keep the product's path inside the container (" + container + ") and map"
                + " the shared storage to it: " + DockerStorage.volumeOption(path, container) + ".";
    }
}
