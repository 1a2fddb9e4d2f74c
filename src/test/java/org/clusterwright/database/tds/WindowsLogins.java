package org.clusterwright.database.tds;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a responder needs to accept Windows logins (Integrated Security) the way a domain-joined SQL Server does:
 * Kerberos tickets for its SPN, checked with the keys of its service account's keytab, and NTLMv2 responses,
 * checked against the passwords the domain holds (a real SQL Server asks the DC; the test knows them).
 *
 * @param netbiosDomain the domain's NetBIOS name, {@code CW}
 * @param dnsDomain     the domain's DNS name, {@code cw.test}
 * @param passwords     down-level name in lower case ({@code cw\svc-proget}) to its password, for NTLM
 * @param kerberos      null when the server cannot take Kerberos (no SPN, no keytab)
 * @param ntlmAllowed   false for a server whose domain refuses NTLM ("Restrict NTLM: incoming traffic")
 * @param serverLogins  down-level names in lower case SQL Server has a login for; empty: every domain account
 */
public record WindowsLogins(String netbiosDomain, String dnsDomain, Map<String, String> passwords,
                            KerberosAcceptor.Keys kerberos, boolean ntlmAllowed, Set<String> serverLogins) {

    public WindowsLogins {
        passwords = Map.copyOf(passwords);
        serverLogins = Set.copyOf(serverLogins);
    }

    public static WindowsLogins of(String netbiosDomain, String dnsDomain) {
        return new WindowsLogins(netbiosDomain, dnsDomain, Map.of(), null, true, Set.of());
    }

    /** From now on SQL Server has logins only for the accounts named this way (CREATE LOGIN [CW\svc] FROM WINDOWS). */
    public WindowsLogins serverLogin(String name) {
        Set<String> more = new java.util.HashSet<>(serverLogins);
        more.add((netbiosDomain + "\\" + name).toLowerCase(Locale.ROOT));
        return new WindowsLogins(netbiosDomain, dnsDomain, passwords, kerberos, ntlmAllowed, more);
    }

    boolean knows(String identity) {
        return serverLogins.isEmpty() || serverLogins.contains(identity.toLowerCase(Locale.ROOT));
    }

    /** An account the server can verify an NTLM response for. */
    public WindowsLogins account(String name, String password) {
        Map<String, String> more = new java.util.HashMap<>(passwords);
        more.put((netbiosDomain + "\\" + name).toLowerCase(Locale.ROOT), password);
        return new WindowsLogins(netbiosDomain, dnsDomain, more, kerberos, ntlmAllowed, serverLogins);
    }

    public WindowsLogins kerberos(KerberosAcceptor.Keys keys) {
        return new WindowsLogins(netbiosDomain, dnsDomain, passwords, keys, ntlmAllowed, serverLogins);
    }

    public WindowsLogins refusingNtlm() {
        return new WindowsLogins(netbiosDomain, dnsDomain, passwords, kerberos, false, serverLogins);
    }

    /** The acceptor for a login whose first token this is: NTLM starts with its signature, Kerberos does not. */
    SspiAcceptor acceptorFor(byte[] firstToken) {
        if (firstToken.length >= NtlmAcceptor.SIGNATURE.length
                && Arrays.equals(Arrays.copyOf(firstToken, NtlmAcceptor.SIGNATURE.length), NtlmAcceptor.SIGNATURE)) {
            return ntlmAllowed ? new NtlmAcceptor(this)
                    : token -> SspiStep.refused("NTLM is refused by the domain's policy");
        }
        return kerberos == null ? token -> SspiStep.refused("this server has no Kerberos keys (no SPN registered)")
                : new KerberosAcceptor(kerberos, netbiosDomain);
    }

    String passwordOf(String domain, String user) {
        String given = domain.equalsIgnoreCase(dnsDomain) ? netbiosDomain : domain;
        return passwords.get((given + "\\" + user).toLowerCase(Locale.ROOT));
    }

    /** One login's conversation on the server's side. */
    interface SspiAcceptor {
        SspiStep accept(byte[] token);
    }

    @Override
    public String toString() {
        return "WindowsLogins[" + netbiosDomain + ", accounts=" + passwords.keySet()
                + ", kerberos=" + (kerberos != null)
                + ", ntlm=" + ntlmAllowed + "]";
    }
}
