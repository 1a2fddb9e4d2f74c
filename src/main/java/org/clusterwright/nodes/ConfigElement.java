package org.clusterwright.nodes;

import java.util.List;

/**
 * The elements of an InedoAppConfig file that Clusterwright reads and may change, in the order Inedo's
 * documentation writes them; a missing element is inserted at its documented place.
 */
public enum ConfigElement {
    CONNECTION_STRING("ConnectionString"),
    POSTGRES_CONNECTION_STRING("PostgresConnectionString"),
    ENCRYPTION_KEY("EncryptionKey");

    /** Elements that are not ours to change but that ours come before, per the documented layout. */
    static final List<String> FOLLOWING = List.of("WebServer");

    private final String tag;

    ConfigElement(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public static ConfigElement ofTag(String tag) {
        for (ConfigElement element : values()) {
            if (element.tag.equals(tag)) {
                return element;
            }
        }
        return null;
    }
}
