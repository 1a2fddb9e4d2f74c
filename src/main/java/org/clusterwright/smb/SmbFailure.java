package org.clusterwright.smb;

import com.hierynomus.mserref.NtStatus;
import com.hierynomus.mssmb2.SMBApiException;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

/**
 * What an SMBJ exception means, sorted into the kinds a person acts on differently, with the SMB status name kept
 * because it is what Windows event logs and search engines know. Callers word the message for their own context
 * (a node's config folder, the shared storage); the words that do not depend on it are here.
 */
public record SmbFailure(Kind kind, String statusName, Throwable cause) {

    public enum Kind {
        LOGON_FAILURE, ACCOUNT_REFUSED, NTLM_REFUSED, KERBEROS, NO_SUCH_SHARE, BAD_NETWORK_PATH, NAME_COLLISION,
        DISK_FULL, NOT_FOUND,
        IN_USE, ACCESS_DENIED, UNRESOLVED, UNREACHABLE, TIMEOUT, OTHER
    }

    // statuses SMBJ's NtStatus enum does not name (it reports them as STATUS_OTHER)
    private static final long STATUS_ACCOUNT_LOCKED_OUT = 0xC0000234L;
    private static final long STATUS_ACCOUNT_RESTRICTION = 0xC000006EL;
    private static final long STATUS_MEDIA_WRITE_PROTECTED = 0xC00000A2L;
    /** The server or its domain has NTLM switched off (Windows' "Restrict NTLM", Samba's ntlm auth = disabled). */
    private static final long STATUS_NTLM_BLOCKED = 0xC0000418L;

    public static SmbFailure of(Throwable thrown) {
        SmbLogin.KerberosRefused kerberos = find(thrown, SmbLogin.KerberosRefused.class);
        if (kerberos != null) {
            return new SmbFailure(Kind.KERBEROS, kerberos.failure().kind().name(), kerberos);
        }
        SMBApiException api = find(thrown, SMBApiException.class);
        if (api != null) {
            return fromStatus(api.getStatus(), api.getStatusCode(), api);
        }
        if (find(thrown, UnknownHostException.class) != null) {
            return new SmbFailure(Kind.UNRESOLVED, "", thrown);
        }
        if (find(thrown, ConnectException.class) != null || find(thrown, NoRouteToHostException.class) != null) {
            return new SmbFailure(Kind.UNREACHABLE, "", thrown);
        }
        if (find(thrown, SocketTimeoutException.class) != null || find(thrown, TimeoutException.class) != null) {
            return new SmbFailure(Kind.TIMEOUT, "", thrown);
        }
        return new SmbFailure(Kind.OTHER, thrown.getClass().getSimpleName(), thrown);
    }

    private static SmbFailure fromStatus(NtStatus status, long code, SMBApiException api) {
        if (code == STATUS_ACCOUNT_LOCKED_OUT) {
            return new SmbFailure(Kind.ACCOUNT_REFUSED, "STATUS_ACCOUNT_LOCKED_OUT", api);
        }
        if (code == STATUS_ACCOUNT_RESTRICTION) {
            return new SmbFailure(Kind.ACCOUNT_REFUSED, "STATUS_ACCOUNT_RESTRICTION", api);
        }
        if (code == STATUS_NTLM_BLOCKED) {
            return new SmbFailure(Kind.NTLM_REFUSED, "STATUS_NTLM_BLOCKED", api);
        }
        if (code == STATUS_MEDIA_WRITE_PROTECTED) {
            return new SmbFailure(Kind.ACCESS_DENIED, "STATUS_MEDIA_WRITE_PROTECTED", api);
        }
        Kind kind = switch (status) {
            case STATUS_LOGON_FAILURE -> Kind.LOGON_FAILURE;
            case STATUS_ACCOUNT_DISABLED, STATUS_PASSWORD_EXPIRED, STATUS_LOGON_TYPE_NOT_GRANTED -> Kind.ACCOUNT_REFUSED;
            case STATUS_BAD_NETWORK_NAME -> Kind.NO_SUCH_SHARE;
            case STATUS_BAD_NETWORK_PATH -> Kind.BAD_NETWORK_PATH;
            case STATUS_OBJECT_NAME_COLLISION -> Kind.NAME_COLLISION;
            case STATUS_DISK_FULL -> Kind.DISK_FULL;
            case STATUS_OBJECT_NAME_NOT_FOUND, STATUS_OBJECT_PATH_NOT_FOUND, STATUS_NO_SUCH_FILE -> Kind.NOT_FOUND;
            case STATUS_SHARING_VIOLATION, STATUS_FILE_LOCK_CONFLICT -> Kind.IN_USE;
            case STATUS_ACCESS_DENIED, STATUS_CANNOT_DELETE -> Kind.ACCESS_DENIED;
            default -> Kind.OTHER;
        };
        return new SmbFailure(kind, status.name(), api);
    }

    /** The message for failures whose words do not depend on what was being reached, or null for the others. */
    public String commonMessage(String host, int port, String user) {
        String server = host + ":" + port;
        return switch (kind) {
            case LOGON_FAILURE -> host + " rejected the user name or password for '" + user + "' (STATUS_LOGON_FAILURE).";
            case ACCOUNT_REFUSED -> host + " refused the account '" + user + "' (" + statusName + ").";
            case NTLM_REFUSED -> host + " refuses NTLM, so '" + user + "' cannot log in with it (" + statusName + ").";
            case KERBEROS -> kerberos().summary(user, kerberosService());
            case UNRESOLVED -> "The host name " + host + " does not resolve.";
            case UNREACHABLE -> server + " refused or did not route the SMB connection.";
            case TIMEOUT -> "No SMB answer from " + server + " in time.";
            case BAD_NETWORK_PATH -> host + " could not be reached over SMB (STATUS_BAD_NETWORK_PATH).";
            default -> null;
        };
    }

    /** The remedy matching {@link #commonMessage}, or null for the kinds the caller words itself. */
    public String commonRemedy(String host, int port) {
        return switch (kind) {
            case LOGON_FAILURE -> "Check the user (DOMAIN\\user for a domain account) and re-enter its password.";
            case NTLM_REFUSED -> "Use Kerberos: write the account with its domain (DOMAIN\\user or user@REALM) and"
                    + " allow Kerberos (the profile's accessAuth or storage.auth: auto or kerberos); this machine"
                    + " needs to reach the domain's KDC.";
            case KERBEROS -> kerberos().remedy("the account", kerberosService());
            case ACCOUNT_REFUSED -> statusName.equals("STATUS_ACCOUNT_LOCKED_OUT")
                    || statusName.equals("STATUS_ACCOUNT_RESTRICTION")
                    ? "Ask an administrator to unlock or enable the account, or use another one."
                    : "Ask an administrator to enable or renew the account, or use another one.";
            case UNRESOLVED -> "Check the host name, or use its IP address.";
            case UNREACHABLE -> "Check that the server is up, that 'File and Printer Sharing' is enabled and that a "
                    + "firewall allows TCP port " + port + " from here.";
            case TIMEOUT -> "Check that the server is up and that a firewall allows TCP port " + port
                    + "; raise the timeout for slow links.";
            case BAD_NETWORK_PATH -> "Check the host name and that file sharing is enabled on that server.";
            default -> null;
        };
    }

    private org.clusterwright.identity.KerberosFailure kerberos() {
        return ((SmbLogin.KerberosRefused) cause).failure();
    }

    private String kerberosService() {
        return ((SmbLogin.KerberosRefused) cause).service();
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
