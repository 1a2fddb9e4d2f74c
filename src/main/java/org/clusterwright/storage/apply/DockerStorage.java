package org.clusterwright.storage.apply;

/**
 * How a host's share is mapped to the path where Inedo's container image keeps packages and artifacts
 * ({@code ProductStorage.containerPath}).
 */
public final class DockerStorage {
    private DockerStorage() {
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
