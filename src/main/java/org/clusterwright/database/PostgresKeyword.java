package org.clusterwright.database;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Npgsql keywords Clusterwright reads, with Npgsql's synonyms. Only the first five are ones Inedo supports:
 * its PostgreSQL page says "we do not support additional arguments/configuration ... in the connection string",
 * so every other keyword, even a valid one, earns a warning.
 */
enum PostgresKeyword {
    HOST("Host", true, "server"),
    PORT("Port", true),
    DATABASE("Database", true, "db"),
    USERNAME("Username", true, "user id", "user name", "userid", "uid"),
    PASSWORD("Password", true, "pwd", "psw"),
    SSL_MODE("SSL Mode", false, "sslmode"),
    TRUST_SERVER_CERTIFICATE("Trust Server Certificate", false, "trustservercertificate"),
    TIMEOUT("Timeout", false);

    /** Valid Npgsql keywords Clusterwright does not read; unknown ones make Npgsql throw instead. */
    private static final Set<String> OTHER_NPGSQL = Set.of("command timeout", "commandtimeout", "pooling",
            "minimum pool size", "maximum pool size", "min pool size", "max pool size", "connection idle lifetime",
            "connection pruning interval", "connection lifetime", "keepalive", "tcp keepalive", "search path",
            "searchpath", "application name", "applicationname", "include error detail", "root certificate",
            "ssl certificate", "ssl key", "ssl password", "kerberos service name", "include realm",
            "target session attributes", "load balance hosts", "host recheck seconds", "encoding",
            "client encoding", "timezone", "options", "multiplexing", "no reset on close", "enlist",
            "max auto prepare", "auto prepare min usages", "read buffer size", "write buffer size",
            "server compatibility mode", "log parameters", "passfile", "integrated security",
            "persist security info", "channel binding", "gss encryption mode", "cancellation timeout",
            "internal command timeout", "array nullability mode", "ssl negotiation", "require auth");

    /** SqlClient spellings Npgsql does not know: a sign the wrong database kind was chosen. */
    private static final Set<String> SQLCLIENT_ONLY = Set.of("data source", "initial catalog", "trusted_connection",
            "encrypt", "multisubnetfailover", "addr", "address", "network address", "failover partner");

    private static final Map<String, PostgresKeyword> BY_NAME = new HashMap<>();

    static {
        for (PostgresKeyword keyword : values()) {
            BY_NAME.put(keyword.canonical.toLowerCase(Locale.ROOT), keyword);
            for (String synonym : keyword.synonyms) {
                BY_NAME.put(synonym, keyword);
            }
        }
    }

    private final String canonical;
    private final boolean inedoSupported;
    private final String[] synonyms;

    PostgresKeyword(String canonical, boolean inedoSupported, String... synonyms) {
        this.canonical = canonical;
        this.inedoSupported = inedoSupported;
        this.synonyms = synonyms;
    }

    String canonical() {
        return canonical;
    }

    boolean inedoSupported() {
        return inedoSupported;
    }

    static PostgresKeyword find(String lowerCaseKey) {
        return BY_NAME.get(lowerCaseKey);
    }

    static boolean isOtherNpgsqlKeyword(String lowerCaseKey) {
        return OTHER_NPGSQL.contains(lowerCaseKey);
    }

    static boolean isSqlClientKeyword(String lowerCaseKey) {
        return SQLCLIENT_ONLY.contains(lowerCaseKey);
    }
}
