package org.clusterwright.profile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;

/** The shared database engine: SQL Server, or PostgreSQL (InedoDB) for ProGet 2025 and newer. */
public enum DatabaseKind {
    SQL_SERVER("sqlserver", "SQL Server"),
    POSTGRESQL("postgresql", "PostgreSQL / InedoDB");

    private final String id;
    private final String displayName;

    DatabaseKind(String id, String displayName) {
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

    @JsonCreator
    public static DatabaseKind fromId(String text) {
        return Arrays.stream(values())
                .filter(k -> k.id.equalsIgnoreCase(text))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown database kind '" + text + "': expected sqlserver or postgresql"));
    }

    @Override
    public String toString() {
        return displayName;
    }
}
