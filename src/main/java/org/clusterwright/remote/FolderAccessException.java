package org.clusterwright.remote;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Why a folder could not be reached or used, over SMB or on this machine's disk: the one vocabulary of access
 * failures. Reaching the server and logging on fail the same way whatever the folder is for, so those kinds carry
 * their final message and remedy here; the others name the share, folder or file, and each caller words them for
 * its own purpose. Messages name the place and the account, never a password.
 */
public final class FolderAccessException extends IOException {

    /** The first eight are about reaching the server and logging on, the others about the share, folder and file. */
    public enum Kind {
        UNRESOLVED, UNREACHABLE, TIMEOUT, BAD_NETWORK_PATH, LOGON_FAILURE, ACCOUNT_REFUSED,
        /** The server or its domain refuses NTLM ("Restrict NTLM", Samba's ntlm auth = disabled). */
        NTLM_REFUSED,
        /** The domain refused the account's Kerberos login or a ticket for the server (see the cause). */
        KERBEROS_REFUSED,
        NO_SUCH_SHARE, NOT_A_DISK_SHARE, FOLDER_MISSING, NOT_FOUND, ALREADY_EXISTS, IN_USE, ACCESS_DENIED,
        /** Found without writing, from the permissions: the file or its folder may not be changed. */
        NOT_WRITABLE,
        DISK_FULL, OTHER
    }

    private final Kind kind;
    private final String status;
    private final ShareAddress share;
    private final Path localFolder;
    private final String name;
    private final String user;

    private FolderAccessException(Kind kind, String status, ShareAddress share, Path localFolder, String name,
                                  String user, Throwable cause) {
        super(message(kind, status, share, user, where(share, localFolder, name), cause), cause);
        this.kind = kind;
        this.status = status;
        this.share = share;
        this.localFolder = localFolder;
        this.name = name;
        this.user = user;
    }

    static FolderAccessException overSmb(Kind kind, String status, ShareAddress share, String name, String user,
                                         Throwable cause) {
        return new FolderAccessException(kind, status, share, null, name, user, cause);
    }

    static FolderAccessException onDisk(Kind kind, String status, Path folder, String name, Throwable cause) {
        return new FolderAccessException(kind, status, null, folder, name, "", cause);
    }

    /** The same failure told about {@code fileName}: for a caller that opened the folder to reach that file. */
    public FolderAccessException about(String fileName) {
        return new FolderAccessException(kind, status, share, localFolder, fileName, user, getCause());
    }

    public Kind kind() {
        return kind;
    }

    /** The SMB status name (what event logs and search engines know), or the local exception's class name. */
    public String status() {
        return status;
    }

    /** The SMB status in parentheses, for messages; empty for a local folder, whose exception names help nobody. */
    public String statusNote() {
        return share == null || status.isEmpty() ? "" : " (" + status + ")";
    }

    /** The share, when the folder was reached over SMB. */
    public Optional<ShareAddress> share() {
        return Optional.ofNullable(share);
    }

    public boolean isLocal() {
        return share == null;
    }

    /** The file or folder the failure is about, as a UNC or local path. */
    public String where() {
        return where(share, localFolder, name);
    }

    /** The folder, as a UNC or local path. */
    public String folder() {
        return where(share, localFolder, "");
    }

    /** The account the session logged on as; empty for a local folder, or before the logon. */
    public String user() {
        return user;
    }

    /** What to do, for the kinds up to KERBEROS_REFUSED (reaching the server, logging on); empty for the others. */
    public String remedy() {
        if (share == null) {
            return "";
        }
        return switch (kind) {
            case NTLM_REFUSED -> "Use Kerberos: write the account with its domain (DOMAIN\\user or user@REALM) and"
                    + " allow Kerberos (the profile's accessAuth or storage.auth: auto or kerberos); this machine"
                    + " needs to reach the domain's KDC.";
            case KERBEROS_REFUSED -> kerberos(getCause()).failure().remedy(user, kerberos(getCause()).service());
            case LOGON_FAILURE -> "Check the user (DOMAIN\\user for a domain account) and re-enter its password.";
            case ACCOUNT_REFUSED -> status.equals("STATUS_ACCOUNT_LOCKED_OUT")
                    || status.equals("STATUS_ACCOUNT_RESTRICTION")
                    ? "Ask an administrator to unlock or enable the account, or use another one."
                    : "Ask an administrator to enable or renew the account, or use another one.";
            case UNRESOLVED -> "Check the host name, or use its IP address.";
            case UNREACHABLE -> "Check that the server is up, that 'File and Printer Sharing' is enabled and that a "
                    + "firewall allows TCP port " + share.port() + " from here.";
            case TIMEOUT -> "Check that the server is up and that a firewall allows TCP port " + share.port()
                    + "; raise the timeout for slow links.";
            case BAD_NETWORK_PATH -> "Check the host name and that file sharing is enabled on that server.";
            default -> "";
        };
    }

    private static String message(Kind kind, String status, ShareAddress share, String user, String where,
                                  Throwable cause) {
        String note = status.isEmpty() ? "" : " (" + status + ")";
        if (share == null) {
            return "Access to " + where + " failed" + note + ".";
        }
        String host = share.host();
        String server = host + ":" + share.port();
        return switch (kind) {
            case LOGON_FAILURE -> host + " rejected the user name or password for '" + user
                    + "' (STATUS_LOGON_FAILURE).";
            case ACCOUNT_REFUSED -> host + " refused the account '" + user + "' (" + status + ").";
            case NTLM_REFUSED -> host + " refuses NTLM, so '" + user + "' cannot log on with it (" + status + ").";
            case KERBEROS_REFUSED -> kerberos(cause).failure().summary(user, kerberos(cause).service());
            case UNRESOLVED -> "The host name " + host + " does not resolve.";
            case UNREACHABLE -> server + " refused or did not route the SMB connection.";
            case TIMEOUT -> "No SMB answer from " + server + " in time.";
            case BAD_NETWORK_PATH -> host + " could not be reached over SMB (STATUS_BAD_NETWORK_PATH).";
            default -> "SMB access to " + where + " failed" + note + ".";
        };
    }

    private static SmbLogin.KerberosRefused kerberos(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SmbLogin.KerberosRefused refused) {
                return refused;
            }
        }
        throw new IllegalStateException("KERBEROS_REFUSED without the domain's refusal as its cause");
    }

    private static String where(ShareAddress share, Path localFolder, String name) {
        if (share != null) {
            return share.describe(name);
        }
        return name.isEmpty() ? localFolder.toString() : localFolder.resolve(name).toString();
    }
}
