package org.clusterwright.storage;

import org.clusterwright.storage.path.StoragePath;

/** Where the shared folder is over SMB: server, port, share and the folder inside the share. */
public record StorageLocation(String host, int port, String share, String folder) {
    public static final int SMB_PORT = 445;

    public static StorageLocation of(StoragePath.Unc unc, Integer port) {
        return new StorageLocation(unc.host(), port == null ? SMB_PORT : port, unc.share(), unc.folderInShare());
    }

    /** A file of the folder inside the share, as SMB wants it: backslashes, no leading one. */
    String inShare(String name) {
        return folder.isEmpty() ? name : name.isEmpty() ? folder : folder + "\\" + name;
    }

    public String shareText() {
        return "\\\\" + (port == SMB_PORT ? host : host + ":" + port) + "\\" + share;
    }

    /** The UNC form a Windows administrator recognises, with the port when it is not the standard one. */
    public String describe(String name) {
        String inShare = inShare(name);
        return shareText() + (inShare.isEmpty() ? "" : "\\" + inShare);
    }
}
