package org.clusterwright.identity;

import java.net.ConnectException;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a Kerberos step failed, sorted into what an administrator does about it. Java's Kerberos reports the KDC's
 * error code (RFC 4120) in parentheses at the end of its messages; that code decides, the text is kept as detail.
 */
public record KerberosFailure(Kind kind, int code, String message) {
    private static final Pattern CODE = Pattern.compile("\\((\\d{1,3})\\)\\s*$");

    public enum Kind {
        /** KDC_ERR_C_PRINCIPAL_UNKNOWN (6): the domain has no such account. */
        UNKNOWN_ACCOUNT,
        /** KDC_ERR_PREAUTH_FAILED (24), KRB_AP_ERR_BAD_INTEGRITY (31): the password is wrong. */
        WRONG_PASSWORD,
        /** KDC_ERR_CLIENT_REVOKED (18), KDC_ERR_POLICY (12): locked out, disabled or not allowed now. */
        ACCOUNT_REFUSED,
        /** KDC_ERR_KEY_EXPIRED (23). */
        PASSWORD_EXPIRED,
        /** KRB_AP_ERR_SKEW (37): this machine's clock and the domain's differ by more than 5 minutes. */
        CLOCK_SKEW,
        /** KDC_ERR_S_PRINCIPAL_UNKNOWN (7): no account has the server's SPN. */
        NO_SPN,
        /** KDC_ERR_ETYPE_NOSUPP (14): the account or the SPN's account has no key type this client accepts. */
        NO_COMMON_ENCRYPTION,
        /** No KDC could be reached for the realm. */
        NO_KDC,
        /** No realm configured: this machine is not in the domain and has no Kerberos configuration. */
        NO_REALM,
        OTHER
    }

    public static KerberosFailure of(Throwable thrown) {
        int code = -1;
        String text = thrown.getMessage() == null ? thrown.getClass().getSimpleName() : thrown.getMessage();
        for (Throwable t = thrown; t != null && code < 0; t = t.getCause() == t ? null : t.getCause()) {
            Matcher found = t.getMessage() == null ? null : CODE.matcher(t.getMessage());
            if (found != null && found.find()) {
                code = Integer.parseInt(found.group(1));
                text = t.getMessage();
            }
        }
        return new KerberosFailure(kindOf(code, thrown), code, text);
    }

    private static Kind kindOf(int code, Throwable thrown) {
        Kind byCode = switch (code) {
            case 6 -> Kind.UNKNOWN_ACCOUNT;
            case 24, 31 -> Kind.WRONG_PASSWORD;
            case 12, 18 -> Kind.ACCOUNT_REFUSED;
            case 23 -> Kind.PASSWORD_EXPIRED;
            case 37 -> Kind.CLOCK_SKEW;
            case 7 -> Kind.NO_SPN;
            case 14 -> Kind.NO_COMMON_ENCRYPTION;
            default -> null;
        };
        if (byCode != null) {
            return byCode;
        }
        if (mentions(thrown, "default realm")) {
            return Kind.NO_REALM;
        }
        boolean unreachable = mentions(thrown, "Cannot get kdc") || mentions(thrown, "Receive timed out")
                || causedBy(thrown, SocketTimeoutException.class) || causedBy(thrown, ConnectException.class)
                || causedBy(thrown, PortUnreachableException.class);
        return unreachable ? Kind.NO_KDC : Kind.OTHER;
    }

    /** Failures that say nothing about the account itself, after which NTLM may still be tried. */
    public boolean kerberosUnavailable() {
        return kind == Kind.NO_SPN || kind == Kind.NO_KDC || kind == Kind.NO_REALM || kind == Kind.NO_COMMON_ENCRYPTION;
    }

    /** What went wrong, for {@code account} reaching {@code service} (an SPN or a server name). */
    public String summary(String account, String service) {
        return switch (kind) {
            case UNKNOWN_ACCOUNT -> "The domain does not know the account " + account
                    + " (Kerberos: client not found).";
            case WRONG_PASSWORD -> "The domain rejected the password of " + account
                    + " (Kerberos: pre-authentication failed).";
            case ACCOUNT_REFUSED -> "The domain refused " + account + ": the account is locked out, disabled or not"
                    + " allowed to log on now (Kerberos: credentials revoked).";
            case PASSWORD_EXPIRED -> "The password of " + account + " has expired.";
            case CLOCK_SKEW -> "This machine's clock differs from the domain controller's by more than Kerberos allows"
                    + " (5 minutes), so the domain refused the login of " + account + ".";
            case NO_SPN -> "No account in the domain has the SPN " + service + ", so Kerberos cannot issue a ticket"
                    + " for it.";
            case NO_COMMON_ENCRYPTION -> "The domain has no encryption type for " + account + " or " + service
                    + " that this machine accepts (AES is needed; RC4 and DES are refused).";
            case NO_KDC -> "No domain controller (Kerberos KDC) answered for " + account + ".";
            case NO_REALM -> "This machine has no Kerberos configuration naming the domain of " + account + ".";
            case OTHER -> "Kerberos failed for " + account + ": " + message;
        };
    }

    public String remedy(String account, String service) {
        return switch (kind) {
            case UNKNOWN_ACCOUNT -> "Check the account name (DOMAIN\\user or user@REALM); it must be the account"
                    + " the product's service runs as.";
            case WRONG_PASSWORD -> "Re-enter the password of " + account + " (repeated wrong passwords lock the"
                    + " account out).";
            case ACCOUNT_REFUSED -> "Ask a domain administrator to unlock or enable " + account
                    + " (Unlock-ADAccount / Enable-ADAccount) and check its logon hours and workstation limits.";
            case PASSWORD_EXPIRED -> "Set a new password for " + account + " and the same on every node's service.";
            case CLOCK_SKEW -> "Synchronise this machine's clock with the domain (w32tm /resync on Windows, chrony or"
                    + " ntpd elsewhere) and try again.";
            case NO_SPN -> "Register the SPN on the account SQL Server runs as: setspn -S " + service
                    + " DOMAIN\\sql-service-account (or let SQL Server register it), or use NTLM.";
            case NO_COMMON_ENCRYPTION -> "Enable AES for the account (Set-ADUser -KerberosEncryptionType AES128,AES256)"
                    + " and reset its password, so AES keys exist.";
            case NO_KDC -> "Check that a domain controller is reachable on port 88 from here and that the Kerberos"
                    + " configuration names it (on Windows: a domain-joined machine; elsewhere: krb5.conf).";
            case NO_REALM -> "Run from a domain-joined machine, or give a Kerberos configuration (krb5.conf, or the"
                    + " KRB5_CONFIG environment variable) that names the domain's realm and KDC; or use NTLM.";
            case OTHER -> "Check the account, its password and this machine's Kerberos configuration.";
        };
    }

    private static boolean mentions(Throwable thrown, String text) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
