package org.clusterwright.profile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;


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
        return EnumIds.find(values(), text, "database kind", DatabaseKind::id);
    }

    @Override
    public String toString() {
        return displayName;
    }
}
