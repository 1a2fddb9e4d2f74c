package org.clusterwright.storage;

/**
 * The storage folder as storage.folder and {@link StorageFolders} reach it: the probe's file operations, and the
 * folder's own, which the checks after storage.folder never need.
 */
sealed interface StorageFolder extends ProbeFolder permits SmbProbeFolder, LocalProbeFolder {

    /** What is at the folder's path. */
    enum Presence { FOLDER, FILE, MISSING }

    Presence presence() throws StorageAccessException;

    /** Creates the folder and any missing parents, as the account it is reached with, so that account owns them. */
    void createFolders() throws StorageAccessException;
}
