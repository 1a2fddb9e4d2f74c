package org.clusterwright.profile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** The product components a node runs: the web application, the background service, or both. */
public enum NodeRole {
    WEB, SERVICE;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static NodeRole fromId(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
