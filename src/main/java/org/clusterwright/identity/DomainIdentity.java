package org.clusterwright.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A Windows account as an administrator writes it: {@code CORP\svc-proget} (down-level),
 * {@code svc-proget@CORP.EXAMPLE} (user principal name) or a bare {@code svc-proget}. It knows which accounts only Windows itself can act as:
 * group Managed Service Accounts (their names end with {@code $}, their password is never known to anyone) and the
 * built-in service identities (NETWORK SERVICE, LocalSystem, virtual accounts), which reach other machines as the
 * node's computer account.
 *
 * @param user   the account name without domain, {@code svc-proget}
 * @param domain the NetBIOS domain ({@code CORP}) or the DNS realm ({@code CORP.EXAMPLE}); empty when not given
 * @param upn    true when written as {@code user@realm}
 */
public record DomainIdentity(String user, String domain, boolean upn) {
    private static final Set<String> BUILT_IN_DOMAINS = Set.of("nt authority", "nt service", "iis apppool");
    private static final Set<String> BUILT_IN_NAMES = Set.of("localsystem", "system", "network service",
            "networkservice", "local service", "localservice");

    public enum Kind {
        /** A user account with a password: it can be proven from here. */
        USER,
        /** A group Managed Service Account: only the nodes allowed to retrieve its password can log in as it. */
        MANAGED,
        /** NETWORK SERVICE, LocalSystem, NT SERVICE\..., IIS APPPOOL\...: the node's own computer account. */
        BUILT_IN
    }

    public static Optional<DomainIdentity> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String written = text.strip();
        int slash = written.indexOf('\\');
        if (slash >= 0) {
            return Optional.of(new DomainIdentity(written.substring(slash + 1), written.substring(0, slash), false));
        }
        int at = written.lastIndexOf('@');
        if (at > 0 && at < written.length() - 1) {
            return Optional.of(new DomainIdentity(written.substring(0, at), written.substring(at + 1), true));
        }
        return Optional.of(new DomainIdentity(written, "", false));
    }

    public Kind kind() {
        String lowerDomain = domain.toLowerCase(Locale.ROOT);
        if (BUILT_IN_DOMAINS.contains(lowerDomain) || BUILT_IN_NAMES.contains(user.toLowerCase(Locale.ROOT))) {
            return Kind.BUILT_IN;
        }
        return user.endsWith("$") ? Kind.MANAGED : Kind.USER;
    }

    /** The Kerberos principal: {@code user@REALM}, or the bare user for the configuration's default realm. */
    public String principal() {
        if (upn) {
            return user + "@" + domain.toUpperCase(Locale.ROOT);
        }
        // a NetBIOS domain is not a realm; the Kerberos configuration's default realm is the domain's
        return user;
    }

    /** The realm when the account names one ({@code user@realm}). */
    public Optional<String> realm() {
        return upn ? Optional.of(domain.toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    /** What NTLM sends as the domain: the NetBIOS name, or the DNS name (which Windows accepts too). */
    public String ntlmDomain() {
        return domain;
    }

    /** As the administrator wrote it, for messages. */
    public String shown() {
        return upn ? user + "@" + domain : domain.isEmpty() ? user : domain + "\\" + user;
    }

    @Override
    public String toString() {
        return shown();
    }
}
