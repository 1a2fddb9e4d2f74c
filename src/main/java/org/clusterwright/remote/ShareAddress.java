package org.clusterwright.remote;

/** Where a folder is over SMB: server, port, share and the folder inside the share ("" for the share's root). */
public record ShareAddress(String host, int port, String share, String folder) {
    public static final int SMB_PORT = 445;

    /** A file of the folder inside the share, as SMB wants it: backslashes, no leading one; "" names the folder. */
    public String pathOf(String name) {
        return folder.isEmpty() ? name : name.isEmpty() ? folder : folder + "\\" + name;
    }

    /** The share in UNC form, with the port when it is not the standard one. */
    public String shareText() {
        return "\\\\" + (port == SMB_PORT ? host : host + ":" + port) + "\\" + share;
    }

    /** The UNC form a Windows administrator recognises of a file of the folder, or of the folder for "". */
    public String describe(String name) {
        String path = pathOf(name);
        return shareText() + (path.isEmpty() ? "" : "\\" + path);
    }
}
