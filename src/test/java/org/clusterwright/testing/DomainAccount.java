package org.clusterwright.testing;

/**
 * A user of the test domain and its password.
 *
 * @param name the sAMAccountName, e.g. {@code svc-proget}
 */
public record DomainAccount(String name, String password, String netbiosDomain, String realm) {

    /** {@code CW\svc-proget}, as Windows writes it. */
    public String downLevel() {
        return netbiosDomain + "\\" + name;
    }

    /** {@code svc-proget@CW.TEST}, the Kerberos principal. */
    public String principal() {
        return name + "@" + realm;
    }

    /** Keeps the password out of test reports. */
    @Override
    public String toString() {
        return "DomainAccount[" + downLevel() + "]";
    }
}
