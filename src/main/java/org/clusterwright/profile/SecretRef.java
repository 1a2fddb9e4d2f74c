package org.clusterwright.profile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The name under which a secret is kept in a {@link SecretStore}. Profiles hold these names, never the values,
 * so a profile can be mailed, committed or attached to a ticket.
 */
public final class SecretRef {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,127}");

    public static final SecretRef DATABASE_PASSWORD = new SecretRef("database.password");
    public static final SecretRef STORAGE_PASSWORD = new SecretRef("storage.password");
    public static final SecretRef ENCRYPTION_KEY = new SecretRef("encryption-key");
    /** The product's API key (ProGet's X-ApiKey), for settings the product only takes through its API. */
    public static final SecretRef API_KEY = new SecretRef("api-key");

    private final String name;

    private SecretRef(String name) {
        this.name = name;
    }

    @JsonCreator
    public static SecretRef of(String name) {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            // not repeated: what stands where a name belongs is often the secret itself, pasted there by mistake
            throw new IllegalArgumentException("a secret reference is a name of lower-case letters, digits, '.', '_'"
                    + " or '-' (at most 128), such as 'database.password'; the secret itself goes in the secret store,"
                    + " never in the profile");
        }
        return new SecretRef(name);
    }

    /** The secret for one node, for example the SMB password used to reach {@code node-2}. */
    public static SecretRef forNode(String nodeName, String what) {
        return of("node." + Slugs.of(nodeName, "unnamed") + "." + what);
    }

    @JsonValue
    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SecretRef ref && ref.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return "secret:" + name;
    }
}
