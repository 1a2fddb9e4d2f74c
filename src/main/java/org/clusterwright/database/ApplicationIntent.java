package org.clusterwright.database;

/** SqlClient's {@code ApplicationIntent}: a read-only intent routes to an Always On readable secondary. */
public enum ApplicationIntent {
    READ_WRITE("ReadWrite"),
    READ_ONLY("ReadOnly");

    private final String keywordValue;

    ApplicationIntent(String keywordValue) {
        this.keywordValue = keywordValue;
    }

    /** The spelling SqlClient and mssql-jdbc both use. */
    public String keywordValue() {
        return keywordValue;
    }
}
