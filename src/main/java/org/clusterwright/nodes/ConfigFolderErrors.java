package org.clusterwright.nodes;

import org.clusterwright.nodes.NodeAccessException.Problem;
import org.clusterwright.remote.FolderAccessException;

/** Words a folder's failures for a node's config folder: what to check on that node, and what to do. */
final class ConfigFolderErrors {
    private static final String MAY_MODIFY = "Run Clusterwright as a user who may modify the SharedConfig folder.";

    private ConfigFolderErrors() {
    }

    static NodeAccessException translate(FolderAccessException e) {
        String where = e.where();
        String status = e.statusNote();
        return switch (e.kind()) {
            case LOGON_FAILURE, ACCOUNT_REFUSED, NTLM_REFUSED, KERBEROS_REFUSED -> as(Problem.LOGON_FAILURE, e.getMessage(), e.remedy(), e);
            case TIMEOUT -> as(Problem.TIMEOUT, e.getMessage(), e.remedy(), e);
            case UNRESOLVED, UNREACHABLE, BAD_NETWORK_PATH -> as(Problem.UNREACHABLE, e.getMessage(), e.remedy(), e);
            case NO_SUCH_SHARE -> as(Problem.NO_SUCH_SHARE, "There is no share " + share(e) + status + ".",
                    "Check the share name; the admin share C$ exists only when administrative shares are enabled "
                            + "and the user is an administrator of that server.", e);
            case NOT_A_DISK_SHARE -> as(Problem.NO_SUCH_SHARE, share(e) + " is not a disk share.",
                    "Use the admin share C$ or a folder share.", e);
            case ALREADY_EXISTS -> as(Problem.IO, where + " already exists, and Clusterwright never overwrites a file "
                    + "it did not create" + status + ".", "Move the file away and try again.", e);
            case DISK_FULL -> as(Problem.IO, "The disk behind " + share(e) + " is full.",
                    "Free some space on " + host(e) + " and try again.", e);
            case FOLDER_MISSING -> as(Problem.FILE_MISSING, "The folder " + where + " does not exist.",
                    "Check the node's local config folder setting; is the product installed there?", e);
            case NOT_FOUND -> as(Problem.FILE_MISSING, where + " does not exist" + status
                    + ": is the product installed on this node?", e.isLocal()
                    ? "Check the path; is the product installed on this node?"
                    : "Is the product installed on this node? Otherwise check the node's config path.", e);
            case IN_USE -> as(Problem.ACCESS_DENIED, where + " is in use by another program" + status + ".",
                    "Close the editor that holds it open, or stop the product's service, and try again.", e);
            case ACCESS_DENIED -> as(Problem.ACCESS_DENIED, "Access to " + where + " was denied" + status + ".",
                    e.isLocal() ? MAY_MODIFY : "The share may be read-only, or '" + e.user() + "' lacks modify "
                            + "rights on the SharedConfig folder; use an administrator of that server.", e);
            case NOT_WRITABLE -> as(Problem.ACCESS_DENIED, where + " or its folder is not writable for this user.",
                    MAY_MODIFY, e);
            case OTHER -> e.isLocal()
                    ? as(Problem.IO, "Could not use " + where + " (" + e.status() + ").",
                    "Check the disk and the folder's permissions.", e)
                    : as(Problem.IO, "SMB access to " + where + " failed (" + e.status() + ").",
                    "Check the share and the user's rights on " + host(e) + ".", e);
        };
    }

    /** The share as a UNC name without the port, as a Windows administrator writes it. */
    private static String share(FolderAccessException e) {
        return e.share().map(s -> "\\\\" + s.host() + "\\" + s.share()).orElse(e.folder());
    }

    private static String host(FolderAccessException e) {
        return e.share().map(s -> s.host()).orElse("this machine");
    }

    private static NodeAccessException as(Problem problem, String message, String remedy, FolderAccessException e) {
        return new NodeAccessException(problem, message, remedy, e);
    }
}
