package org.clusterwright.storage;

import org.clusterwright.smb.SmbFailure;
import org.clusterwright.storage.StorageAccessException.Kind;

/** Words SMB failures for the shared storage; the kinds and the context-free words come from {@link SmbFailure}. */
final class StorageErrors {
    private StorageErrors() {
    }

    static StorageAccessException translate(Throwable thrown, StorageLocation location, String name, String user) {
        if (thrown instanceof StorageAccessException already) {
            return already;
        }
        SmbFailure failure = SmbFailure.of(thrown);
        String common = failure.commonMessage(location.host(), location.port(), user);
        if (common != null) {
            Kind kind = switch (failure.kind()) {
                case LOGON_FAILURE, ACCOUNT_REFUSED, NTLM_REFUSED, KERBEROS -> Kind.LOGON;
                default -> Kind.UNREACHABLE;
            };
            return new StorageAccessException(kind, common, failure.commonRemedy(location.host(), location.port()),
                    thrown);
        }
        String where = location.describe(name);
        String status = failure.statusName();
        return switch (failure.kind()) {
            case NO_SUCH_SHARE -> new StorageAccessException(Kind.NO_SUCH_SHARE, "There is no share "
                    + location.shareText() + " (" + status + ").", "Check the share name with 'net share' on the "
                    + "file server, or create the share and give '" + user + "' change rights on it.", thrown);
            case NOT_FOUND -> new StorageAccessException(Kind.NOT_FOUND, where + " does not exist (" + status + ").",
                    "Create the folder (Clusterwright can do it for you), or correct the path.", thrown);
            case ACCESS_DENIED, IN_USE -> new StorageAccessException(Kind.ACCESS_DENIED, "'" + user
                    + "' may not change " + where + " (" + status + ").", "Give '" + user + "' modify rights on the "
                    + "folder (NTFS) and change rights on the share, or make the share writable; the product's "
                    + "service writes there as this account.", thrown);
            case DISK_FULL -> new StorageAccessException(Kind.DISK_FULL, "The disk behind " + location.shareText()
                    + " is full (" + status + ").", "Free space on " + location.host() + " or raise the share's "
                    + "quota.", thrown);
            default -> new StorageAccessException(Kind.IO, "SMB access to " + where + " failed (" + status + ").",
                    "Check the network connection to " + location.host() + " and the share's settings, then try "
                            + "again.", thrown);
        };
    }
}
