package org.clusterwright.database;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The SqlClient keywords Clusterwright understands, each with the synonyms Microsoft.Data.SqlClient accepts for it.
 * Synonyms matter because the same setting arrives spelled differently from the Hub, the docs and old installs
 * ({@code server=} in one, {@code Data Source=} in another), and a duplicate hides behind a synonym.
 */
enum SqlServerKeyword {
    DATA_SOURCE("Data Source", "server", "address", "addr", "network address"),
    INITIAL_CATALOG("Initial Catalog", "database"),
    USER_ID("User ID", "uid", "user"),
    PASSWORD("Password", "pwd"),
    INTEGRATED_SECURITY("Integrated Security", "trusted_connection"),
    ENCRYPT("Encrypt"),
    TRUST_SERVER_CERTIFICATE("TrustServerCertificate", "trust server certificate"),
    CONNECT_TIMEOUT("Connect Timeout", "connection timeout", "timeout"),
    MULTI_SUBNET_FAILOVER("MultiSubnetFailover", "multi subnet failover"),
    FAILOVER_PARTNER("Failover Partner"),
    APPLICATION_INTENT("ApplicationIntent", "application intent"),
    APPLICATION_NAME("Application Name", "app"),
    MAX_POOL_SIZE("Max Pool Size"),
    MIN_POOL_SIZE("Min Pool Size"),
    POOLING("Pooling"),
    PERSIST_SECURITY_INFO("Persist Security Info", "persistsecurityinfo"),
    MULTIPLE_ACTIVE_RESULT_SETS("MultipleActiveResultSets", "multiple active result sets"),
    HOST_NAME_IN_CERTIFICATE("Host Name In Certificate", "hostnameincertificate"),
    COMMAND_TIMEOUT("Command Timeout"),
    PACKET_SIZE("Packet Size"),
    WORKSTATION_ID("Workstation ID", "wsid");

    /**
     * Real SqlClient keywords that Clusterwright passes through without checking. They get a milder warning than a
     * misspelling, which SqlClient rejects with "Keyword not supported" and which stops the product from starting.
     */
    private static final Set<String> UNCHECKED = Set.of("authentication", "attachdbfilename", "extended properties",
            "initial file name", "column encryption setting", "connect retry count", "connectretrycount",
            "connect retry interval", "connectretryinterval", "current language", "language", "enlist",
            "enclave attestation url", "attestation protocol", "ip address preference", "ipaddresspreference",
            "load balance timeout", "connection lifetime", "network library", "net", "network",
            "pool blocking period", "poolblockingperiod", "replication", "server certificate", "servercertificate",
            "server spn", "serverspn", "failover partner spn", "failoverpartnerspn", "transaction binding",
            "transparent network ip resolution", "transparentnetworkipresolution", "type system version",
            "user instance", "context connection");

    /** Npgsql spellings that are not SqlClient's: a sign the wrong database kind was chosen. */
    private static final Set<String> NPGSQL_ONLY = Set.of("host", "port", "username", "user name", "userid",
            "sslmode", "ssl mode", "search path", "include error detail");

    private static final Map<String, SqlServerKeyword> BY_NAME = new HashMap<>();

    static {
        for (SqlServerKeyword keyword : values()) {
            BY_NAME.put(keyword.canonical.toLowerCase(Locale.ROOT), keyword);
            for (String synonym : keyword.synonyms) {
                BY_NAME.put(synonym, keyword);
            }
        }
    }

    private final String canonical;
    private final String[] synonyms;

    SqlServerKeyword(String canonical, String... synonyms) {
        this.canonical = canonical;
        this.synonyms = synonyms;
    }

    /** The spelling Microsoft documents, used in messages whatever spelling the author chose. */
    String canonical() {
        return canonical;
    }

    static SqlServerKeyword find(String lowerCaseKey) {
        return BY_NAME.get(lowerCaseKey);
    }

    static boolean isUncheckedSqlClientKeyword(String lowerCaseKey) {
        return UNCHECKED.contains(lowerCaseKey);
    }

    static boolean isNpgsqlKeyword(String lowerCaseKey) {
        return NPGSQL_ONLY.contains(lowerCaseKey);
    }
}
