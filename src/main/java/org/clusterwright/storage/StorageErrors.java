package org.clusterwright.storage;

import org.clusterwright.remote.FolderAccessException;
import org.clusterwright.storage.StorageAccessException.Kind;

/** Words a folder's failures for the shared storage: what the service account needs, and where to fix it. */
final class StorageErrors {
    private StorageErrors() {
    }

    static StorageAccessException translate(FolderAccessException e) {
        String where = e.where();
        String status = e.statusNote();
        String user = e.user();
        return switch (e.kind()) {
            case LOGON_FAILURE, ACCOUNT_REFUSED, NTLM_REFUSED, KERBEROS_REFUSED -> as(Kind.LOGON, e.getMessage(), e.remedy(), e);
            case UNRESOLVED, UNREACHABLE, TIMEOUT, BAD_NETWORK_PATH -> as(Kind.UNREACHABLE, e.getMessage(),
                    e.remedy(), e);
            case NO_SUCH_SHARE -> as(Kind.NO_SUCH_SHARE, "There is no share " + share(e) + status + ".", "Check the "
                    + "share name with 'net share' on the file server, or create the share and give '" + user
                    + "' change rights on it.", e);
            case NOT_A_DISK_SHARE -> as(Kind.NO_SUCH_SHARE, share(e) + " is not a disk share.",
                    "Use a folder share of the file server.", e);
            case FOLDER_MISSING, NOT_FOUND -> as(Kind.NOT_FOUND, where + " does not exist" + status + ".",
                    e.isLocal() ? "Create the folder, or mount the share there."
                            : "Create the folder (Clusterwright can do it for you), or correct the path.", e);
            case ACCESS_DENIED, NOT_WRITABLE, IN_USE -> as(Kind.ACCESS_DENIED, (e.isLocal() ? "This account"
                    : "'" + user + "'") + " may not change " + where + status + ".", e.isLocal()
                    ? "Give the product's service account modify rights on the folder."
                    : "Give '" + user + "' modify rights on the folder (NTFS) and change rights on the share, or make "
                    + "the share writable; the product's service writes there as this account.", e);
            case DISK_FULL -> as(Kind.DISK_FULL, "The disk behind " + share(e) + " is full" + status + ".",
                    "Free space on " + host(e) + " or raise the share's quota.", e);
            case ALREADY_EXISTS, OTHER -> e.isLocal()
                    ? as(Kind.IO, "Access to " + where + " failed (" + e.status() + ").",
                    "Check the disk or mount behind " + e.folder() + " and try again.", e)
                    : as(Kind.IO, "SMB access to " + where + " failed (" + e.status() + ").", "Check the network "
                    + "connection to " + host(e) + " and the share's settings, then try again.", e);
        };
    }

    private static String share(FolderAccessException e) {
        return e.share().map(s -> s.shareText()).orElse(e.folder());
    }

    private static String host(FolderAccessException e) {
        return e.share().map(s -> s.host()).orElse("this machine");
    }

    private static StorageAccessException as(Kind kind, String message, String remedy, FolderAccessException e) {
        return new StorageAccessException(kind, message, remedy, e);
    }
}
