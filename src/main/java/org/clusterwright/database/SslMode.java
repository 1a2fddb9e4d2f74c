package org.clusterwright.database;

/** Npgsql's {@code SSL Mode}, with the name pgjdbc gives the same mode in its {@code sslmode} property. */
public enum SslMode {
    DISABLE("Disable", "disable"),
    ALLOW("Allow", "allow"),
    PREFER("Prefer", "prefer"),
    REQUIRE("Require", "require"),
    VERIFY_CA("VerifyCA", "verify-ca"),
    VERIFY_FULL("VerifyFull", "verify-full");

    private final String npgsqlName;
    private final String jdbcName;

    SslMode(String npgsqlName, String jdbcName) {
        this.npgsqlName = npgsqlName;
        this.jdbcName = jdbcName;
    }

    public String npgsqlName() {
        return npgsqlName;
    }

    public String jdbcName() {
        return jdbcName;
    }

    static SslMode fromNpgsql(String text) {
        for (SslMode mode : values()) {
            if (mode.npgsqlName.equalsIgnoreCase(text)) {
                return mode;
            }
        }
        return null;
    }
}
