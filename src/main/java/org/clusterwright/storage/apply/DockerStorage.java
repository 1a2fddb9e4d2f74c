package org.clusterwright.storage.apply;

import org.clusterwright.profile.Product;

/** Where Inedo's container images keep packages and artifacts, and how a host's share is mapped there. */
public final class DockerStorage {
    private DockerStorage() {
    }

    /** The volume path the image uses (Inedo's Docker guide), or empty for Otter, which needs none. */
    public static String containerPath(Product product) {
        return switch (product) {
            case PROGET -> "/var/proget/packages";
            case BUILDMASTER -> "/var/buildmaster/artifacts";
            case OTTER -> "";
        };
    }

    /**
     * The docker run option that maps the shared storage into the container: a bind mount of the host's mount point
     * for a Linux path, or a CIFS volume for a UNC path.
     */
    public static String volumeOption(String sharedPath, String containerPath) {
        if (sharedPath.startsWith("/")) {
            return "-v " + sharedPath + ":" + containerPath + " (mount the same share at " + sharedPath
                    + " on every host)";
        }
        String device = sharedPath.replace('\\', '/');
        return "--mount type=volume,dst=" + containerPath + ",volume-driver=local,volume-opt=type=cifs,"
                + "volume-opt=device=" + device + ",\"volume-opt=o=username=ACCOUNT,password=...,vers=3.0,seal\"";
    }
}
