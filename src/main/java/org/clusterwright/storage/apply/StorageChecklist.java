package org.clusterwright.storage.apply;

import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Product;
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
        List<String> items = new ArrayList<>();
        switch (product) {
            case OTTER -> {
                items.add("Otter: nothing to set. Otter keeps no packages or artifacts on disk that the nodes must"
                        + " share (Inedo: \"No configuration is required\").");
                return items;
            }
            case PROGET -> items.add("ProGet: set " + ProGetStorageApplier.SETTING + " to " + path + " (Apply does it"
                    + " through the settings API and reads it back; by hand: Administration > Advanced Settings).");
            case BUILDMASTER -> items.add("BuildMaster: in Administration > Advanced Settings set Artifacts.BasePath"
                    + " to " + path + " (BuildMaster documents no API for its settings, so this is done by hand).");
        }
        items.add("Move the files that already exist before switching, from the current folder on the server that"
                + " has them (default " + defaultFolder(product) + "): robocopy \"" + defaultFolder(product) + "\" \""
                + path + "\" /E /COPY:DAT /DCOPY:T /R:2 /W:5 /LOG:robocopy-storage.log. Clusterwright does not move"
                + " files; /E copies without deleting anything at the destination (/MIR would).");
        if (product == Product.PROGET) {
            items.add("ProGet feeds with a disk path of their own keep it: open Manage Feed > Disk Path > change for"
                    + " each feed Apply lists as not on the shared storage.");
        }
        if (profile.getNodes().stream().anyMatch(n -> n.getAccess() == NodeAccess.DOCKER)) {
            items.add(dockerItem(profile, path));
        }
        items.add("Give the service account of every node modify rights on " + path + " (NTFS) and change rights on"
                + " the share; restart the product's service on every node afterwards.");
        return items;
    }

    /** The Advanced Settings defaults of a Windows install (Inedo's manual-installation guide). */
    static String defaultFolder(Product product) {
        return product == Product.PROGET ? "C:\\ProgramData\\ProGet\\Packages" : "C:\\ProgramData\\BuildMaster\\Artifacts";
    }

    /** The container keeps its image's path; the host mounts the share and maps it there. */
    static String dockerItem(Profile profile, String path) {
        String container = DockerStorage.containerPath(profile.getProduct());
        List<String> names = profile.getNodes().stream().filter(n -> n.getAccess() == NodeAccess.DOCKER)
                .map(ClusterNode::getName).toList();
        return "Docker nodes " + names + ": keep the product's path inside the container (" + container + ") and map"
                + " the shared storage to it: " + DockerStorage.volumeOption(path, container) + ".";
    }
}
