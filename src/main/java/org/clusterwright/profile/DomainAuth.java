package org.clusterwright.profile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a domain account proves itself to a server: Kerberos, NTLM, or Kerberos first with NTLM as the fallback for
 * a domain that still allows it. Many domains restrict or forbid NTLM, so the administrator decides.
 */
public enum DomainAuth {
    AUTO("auto", "Kerberos, then NTLM"),
    KERBEROS("kerberos", "Kerberos only"),
    NTLM("ntlm", "NTLM only");

    private final String id;
    private final String displayName;

    DomainAuth(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public boolean allowsKerberos() {
        return this != NTLM;
    }

    public boolean allowsNtlm() {
        return this != KERBEROS;
    }

    @JsonCreator
    public static DomainAuth fromId(String text) {
        return EnumIds.find(values(), text, "domain authentication", DomainAuth::id);
    }

    @Override
    public String toString() {
        return displayName;
    }
}
