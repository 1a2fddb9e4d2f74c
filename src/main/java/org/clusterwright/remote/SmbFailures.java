package org.clusterwright.remote;

import com.hierynomus.mserref.NtStatus;
import com.hierynomus.mssmb2.SMBApiException;
import org.clusterwright.remote.FolderAccessException.Kind;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

/**
 * What an SMBJ exception means, sorted into the kinds a person acts on differently, with the SMB status name kept
 * because it is what Windows event logs and search engines know.
 */
final class SmbFailures {
    // statuses SMBJ's NtStatus enum does not name (it reports them as STATUS_OTHER)
    private static final long STATUS_ACCOUNT_LOCKED_OUT = 0xC0000234L;
    private static final long STATUS_ACCOUNT_RESTRICTION = 0xC000006EL;
    private static final long STATUS_MEDIA_WRITE_PROTECTED = 0xC00000A2L;
    /** The server or its domain has NTLM switched off. */
    private static final long STATUS_NTLM_BLOCKED = 0xC0000418L;

    private SmbFailures() {
    }

    /** {@code thrown} while using {@code name} of the folder at {@code share} ("" for the folder itself). */
    static FolderAccessException of(Throwable thrown, ShareAddress share, String name, String user) {
        SmbLogin.KerberosRefused kerberos = find(thrown, SmbLogin.KerberosRefused.class);
        if (kerberos != null) {
            return FolderAccessException.overSmb(Kind.KERBEROS_REFUSED, kerberos.failure().kind().name(), share, name,
                    user, kerberos);
        }
        SMBApiException api = find(thrown, SMBApiException.class);
        if (api != null) {
            return fromStatus(api.getStatus(), api.getStatusCode(), api, share, name, user);
        }
        Kind kind = Kind.OTHER;
        String status = thrown.getClass().getSimpleName();
        if (find(thrown, UnknownHostException.class) != null) {
            kind = Kind.UNRESOLVED;
        } else if (find(thrown, ConnectException.class) != null || find(thrown, NoRouteToHostException.class) != null) {
            kind = Kind.UNREACHABLE;
        } else if (find(thrown, SocketTimeoutException.class) != null || find(thrown, TimeoutException.class) != null) {
            kind = Kind.TIMEOUT;
        }
        return FolderAccessException.overSmb(kind, kind == Kind.OTHER ? status : "", share, name, user, thrown);
    }

    private static FolderAccessException fromStatus(NtStatus status, long code, SMBApiException api,
                                                    ShareAddress share, String name, String user) {
        String statusName = status.name();
        Kind kind;
        if (code == STATUS_ACCOUNT_LOCKED_OUT || code == STATUS_ACCOUNT_RESTRICTION) {
            kind = Kind.ACCOUNT_REFUSED;
            statusName = code == STATUS_ACCOUNT_LOCKED_OUT ? "STATUS_ACCOUNT_LOCKED_OUT" : "STATUS_ACCOUNT_RESTRICTION";
        } else if (code == STATUS_NTLM_BLOCKED) {
            kind = Kind.NTLM_REFUSED;
            statusName = "STATUS_NTLM_BLOCKED";
        } else if (code == STATUS_MEDIA_WRITE_PROTECTED) {
            kind = Kind.ACCESS_DENIED;
            statusName = "STATUS_MEDIA_WRITE_PROTECTED";
        } else {
            kind = switch (status) {
                case STATUS_LOGON_FAILURE -> Kind.LOGON_FAILURE;
                case STATUS_ACCOUNT_DISABLED, STATUS_PASSWORD_EXPIRED, STATUS_LOGON_TYPE_NOT_GRANTED -> Kind.ACCOUNT_REFUSED;
                case STATUS_BAD_NETWORK_NAME -> Kind.NO_SUCH_SHARE;
                case STATUS_BAD_NETWORK_PATH -> Kind.BAD_NETWORK_PATH;
                case STATUS_OBJECT_NAME_COLLISION -> Kind.ALREADY_EXISTS;
                case STATUS_DISK_FULL -> Kind.DISK_FULL;
                case STATUS_OBJECT_NAME_NOT_FOUND, STATUS_OBJECT_PATH_NOT_FOUND, STATUS_NO_SUCH_FILE -> Kind.NOT_FOUND;
                case STATUS_SHARING_VIOLATION, STATUS_FILE_LOCK_CONFLICT -> Kind.IN_USE;
                case STATUS_ACCESS_DENIED, STATUS_CANNOT_DELETE -> Kind.ACCESS_DENIED;
                default -> Kind.OTHER;
            };
        }
        return FolderAccessException.overSmb(kind, statusName, share, name, user, api);
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
