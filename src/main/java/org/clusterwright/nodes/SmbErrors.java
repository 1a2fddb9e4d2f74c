package org.clusterwright.nodes;

import com.hierynomus.mserref.NtStatus;
import com.hierynomus.mssmb2.SMBApiException;
import org.clusterwright.nodes.NodeAccessException.Problem;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

/**
 * Turns SMBJ's exceptions into messages a Windows administrator can act on. The SMB status names stay in the
 * message because they are what Windows event logs and search engines know.
 */
final class SmbErrors {
    // statuses SMBJ's NtStatus enum does not name (it reports them as STATUS_OTHER)
    private static final long STATUS_ACCOUNT_LOCKED_OUT = 0xC0000234L;
    private static final long STATUS_ACCOUNT_RESTRICTION = 0xC000006EL;
    private static final long STATUS_MEDIA_WRITE_PROTECTED = 0xC00000A2L;

    private SmbErrors() {
    }

    static NodeAccessException translate(Throwable thrown, ConfigLocation location, String fileName, String user) {
        SMBApiException api = find(thrown, SMBApiException.class);
        if (api != null) {
            return fromStatus(api.getStatus(), api.getStatusCode(), api, location, fileName, user);
        }
        String server = location.host() + ":" + location.port();
        if (find(thrown, UnknownHostException.class) != null) {
            return new NodeAccessException(Problem.UNREACHABLE, "The host name " + location.host() + " does not resolve.",
                    "Check the node's host name, or use its IP address.", thrown);
        }
        if (find(thrown, ConnectException.class) != null || find(thrown, NoRouteToHostException.class) != null) {
            return new NodeAccessException(Problem.UNREACHABLE, server + " refused or did not route the SMB connection.",
                    "Check that the server is up, that 'File and Printer Sharing' is enabled and that a firewall "
                            + "allows TCP port " + location.port() + " from here.", thrown);
        }
        if (find(thrown, SocketTimeoutException.class) != null || find(thrown, TimeoutException.class) != null) {
            return new NodeAccessException(Problem.TIMEOUT, "No SMB answer from " + server + " in time.",
                    "Check that the server is up and that a firewall allows TCP port " + location.port()
                            + "; raise the timeout for slow links.", thrown);
        }
        return new NodeAccessException(Problem.IO, "SMB access to " + location.describe(fileName) + " failed ("
                + thrown.getClass().getSimpleName() + ").",
                "Check the network connection to " + location.host() + " and try again.", thrown);
    }

    private static NodeAccessException fromStatus(NtStatus status, long code, SMBApiException api,
                                                  ConfigLocation location, String fileName, String user) {
        String where = location.describe(fileName);
        String share = "\\\\" + location.host() + "\\" + location.share();
        if (code == STATUS_ACCOUNT_LOCKED_OUT || code == STATUS_ACCOUNT_RESTRICTION) {
            return new NodeAccessException(Problem.LOGON_FAILURE, location.host() + " refused the account '" + user
                    + "' (" + (code == STATUS_ACCOUNT_LOCKED_OUT ? "STATUS_ACCOUNT_LOCKED_OUT" : "STATUS_ACCOUNT_RESTRICTION")
                    + ").", "Ask an administrator to unlock or enable the account, or use another one.", api);
        }
        if (code == STATUS_MEDIA_WRITE_PROTECTED) {
            status = NtStatus.STATUS_ACCESS_DENIED;
        }
        return switch (status) {
            case STATUS_LOGON_FAILURE -> new NodeAccessException(Problem.LOGON_FAILURE,
                    location.host() + " rejected the user name or password for '" + user + "' (STATUS_LOGON_FAILURE).",
                    "Check the user (DOMAIN\\user for a domain account) and re-enter its password.", api);
            case STATUS_ACCOUNT_DISABLED, STATUS_PASSWORD_EXPIRED, STATUS_LOGON_TYPE_NOT_GRANTED ->
                    new NodeAccessException(Problem.LOGON_FAILURE,
                    location.host() + " refused the account '" + user + "' (" + status.name() + ").",
                    "Ask an administrator to enable or renew the account, or use another one.", api);
            case STATUS_BAD_NETWORK_NAME -> new NodeAccessException(Problem.NO_SUCH_SHARE,
                    "There is no share " + share + " (STATUS_BAD_NETWORK_NAME).",
                    "Check the share name; the admin share C$ exists only when administrative shares are enabled "
                            + "and the user is an administrator of that server.", api);
            case STATUS_BAD_NETWORK_PATH -> new NodeAccessException(Problem.UNREACHABLE,
                    location.host() + " could not be reached over SMB (STATUS_BAD_NETWORK_PATH).",
                    "Check the host name and that file sharing is enabled on that server.", api);
            case STATUS_OBJECT_NAME_COLLISION -> new NodeAccessException(Problem.IO, where + " already exists, "
                    + "and Clusterwright never overwrites a file it did not create (STATUS_OBJECT_NAME_COLLISION).",
                    "Move the file away and try again.", api);
            case STATUS_DISK_FULL -> new NodeAccessException(Problem.IO, "The disk behind " + share + " is full.",
                    "Free some space on " + location.host() + " and try again.", api);
            case STATUS_OBJECT_NAME_NOT_FOUND, STATUS_OBJECT_PATH_NOT_FOUND, STATUS_NO_SUCH_FILE ->
                    new NodeAccessException(Problem.FILE_MISSING, where + " does not exist (" + status.name()
                            + "): is the product installed on this node?",
                            "Is the product installed on this node? Otherwise check the node's config path.", api);
            case STATUS_SHARING_VIOLATION, STATUS_FILE_LOCK_CONFLICT -> new NodeAccessException(Problem.ACCESS_DENIED,
                    where + " is in use by another program (" + status.name() + ").",
                    "Close the editor that holds it open, or stop the product's service, and try again.", api);
            case STATUS_ACCESS_DENIED, STATUS_CANNOT_DELETE ->
                    new NodeAccessException(Problem.ACCESS_DENIED, "Access to " + where + " was denied ("
                            + status.name() + ").", "The share may be read-only, or '" + user + "' lacks modify "
                            + "rights on the SharedConfig folder; use an administrator of that server.", api);
            default -> new NodeAccessException(Problem.IO, "SMB access to " + where + " failed (" + status.name() + ").",
                    "Check the share and the user's rights on " + location.host() + ".", api);
        };
    }

    private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
