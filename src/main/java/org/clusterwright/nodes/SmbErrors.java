package org.clusterwright.nodes;

import org.clusterwright.nodes.NodeAccessException.Problem;
import org.clusterwright.smb.SmbFailure;

/**
 * Turns SMBJ's exceptions into messages about a node's config folder. The kinds and the words that do not depend
 * on the folder come from {@link SmbFailure}, which the storage probe shares.
 */
final class SmbErrors {
    private SmbErrors() {
    }

    static NodeAccessException translate(Throwable thrown, ConfigLocation location, String fileName, String user) {
        SmbFailure failure = SmbFailure.of(thrown);
        String common = failure.commonMessage(location.host(), location.port(), user);
        if (common != null) {
            return new NodeAccessException(problemOf(failure.kind()), common,
                    failure.commonRemedy(location.host(), location.port()), thrown);
        }
        String where = location.describe(fileName);
        String share = "\\\\" + location.host() + "\\" + location.share();
        String status = failure.statusName();
        return switch (failure.kind()) {
            case NO_SUCH_SHARE -> new NodeAccessException(Problem.NO_SUCH_SHARE,
                    "There is no share " + share + " (" + status + ").",
                    "Check the share name; the admin share C$ exists only when administrative shares are enabled "
                            + "and the user is an administrator of that server.", thrown);
            case NAME_COLLISION -> new NodeAccessException(Problem.IO, where + " already exists, "
                    + "and Clusterwright never overwrites a file it did not create (" + status + ").",
                    "Move the file away and try again.", thrown);
            case DISK_FULL -> new NodeAccessException(Problem.IO, "The disk behind " + share + " is full.",
                    "Free some space on " + location.host() + " and try again.", thrown);
            case NOT_FOUND -> new NodeAccessException(Problem.FILE_MISSING, where + " does not exist (" + status
                    + "): is the product installed on this node?",
                    "Is the product installed on this node? Otherwise check the node's config path.", thrown);
            case IN_USE -> new NodeAccessException(Problem.ACCESS_DENIED,
                    where + " is in use by another program (" + status + ").",
                    "Close the editor that holds it open, or stop the product's service, and try again.", thrown);
            case ACCESS_DENIED -> new NodeAccessException(Problem.ACCESS_DENIED, "Access to " + where
                    + " was denied (" + status + ").", "The share may be read-only, or '" + user + "' lacks modify "
                    + "rights on the SharedConfig folder; use an administrator of that server.", thrown);
            default -> new NodeAccessException(Problem.IO, "SMB access to " + where + " failed (" + status + ").",
                    "Check the share and the user's rights on " + location.host() + ".", thrown);
        };
    }

    private static Problem problemOf(SmbFailure.Kind kind) {
        return switch (kind) {
            case LOGON_FAILURE, ACCOUNT_REFUSED, NTLM_REFUSED, KERBEROS -> Problem.LOGON_FAILURE;
            case TIMEOUT -> Problem.TIMEOUT;
            default -> Problem.UNREACHABLE;
        };
    }
}
