package org.clusterwright.profile;

/**
 * Where a product keeps the files every node must share, and how their path is set: the server-level setting, its
 * default on a Windows install (Inedo's manual-installation guide), and the path inside Inedo's container image.
 *
 * @param feeds true when feeds may keep a disk path of their own, which the root path does not move
 */
public record ProductStorage(PathSetting pathSetting, String setting, String windowsDefault, String containerPath,
                             boolean feeds) {

    /** How the storage path is set. */
    public enum PathSetting {
        /** Through the product's settings API, which Clusterwright calls and reads back. */
        SETTINGS_API,
        /** In Administration > Advanced Settings, by hand: the product documents no API for it. */
        BY_HAND,
        /** Nothing to set: the product keeps nothing the nodes must share. */
        NONE
    }

    static final ProductStorage NOTHING_SHARED = new ProductStorage(PathSetting.NONE, "", "", "", false);

    /** True when the nodes need a shared storage path at all. */
    public boolean shared() {
        return switch (pathSetting) {
            case SETTINGS_API, BY_HAND -> true;
            case NONE -> false;
        };
    }
}
