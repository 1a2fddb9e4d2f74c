package org.clusterwright.database;

import java.util.Locale;
import java.util.Map;

import static org.clusterwright.database.SqlServerKeyword.*;

/** Turns the values of known keywords into settings, reporting values of the wrong type. */
record SqlServerValues(Map<SqlServerKeyword, Segment> entries, Problems problems) {

    SqlServerConnectionString.Settings read() {
        Segment dataSource = entries.get(DATA_SOURCE);
        return new SqlServerConnectionString.Settings(
                dataSource == null ? null : SqlServerDataSource.parse(dataSource, problems),
                text(INITIAL_CATALOG), text(USER_ID), integratedSecurity(), encrypt(),
                bool(TRUST_SERVER_CERTIFICATE), text(HOST_NAME_IN_CERTIFICATE),
                number(CONNECT_TIMEOUT, 0, Integer.MAX_VALUE, "seconds",
                        SqlServerConnectionString.DEFAULT_CONNECT_TIMEOUT),
                bool(MULTI_SUBNET_FAILOVER), text(FAILOVER_PARTNER), intent(), text(APPLICATION_NAME));
    }

    /** Values checked for type only: Clusterwright does not use them, but SqlClient would reject them. */
    void checkUnused() {
        bool(POOLING);
        bool(PERSIST_SECURITY_INFO);
        bool(MULTIPLE_ACTIVE_RESULT_SETS);
        number(MAX_POOL_SIZE, 1, Integer.MAX_VALUE, "connections", 100);
        number(MIN_POOL_SIZE, 0, Integer.MAX_VALUE, "connections", 0);
        number(COMMAND_TIMEOUT, 0, Integer.MAX_VALUE, "seconds", 30);
        number(PACKET_SIZE, 512, 32768, "bytes", 8000);
        text(WORKSTATION_ID);
    }

    private String text(SqlServerKeyword keyword) {
        Segment segment = entries.get(keyword);
        if (segment == null || segment.value().isEmpty()) {
            return null;
        }
        Values.warnIfPlaceholder(segment, problems, keyword.canonical());
        return segment.value();
    }

    private boolean bool(SqlServerKeyword keyword) {
        Segment segment = entries.get(keyword);
        return segment != null && Boolean.TRUE.equals(Values.bool(segment, problems, keyword.canonical()));
    }

    private int number(SqlServerKeyword keyword, int min, int max, String unit, int fallback) {
        Segment segment = entries.get(keyword);
        Integer value = segment == null ? null : Values.integer(segment, problems, keyword.canonical(), min,
                max, unit, fallback);
        return value == null ? fallback : value;
    }

    /** Like a boolean, plus "sspi", the spelling older docs and the manual install page use. */
    private boolean integratedSecurity() {
        Segment segment = entries.get(INTEGRATED_SECURITY);
        if (segment == null) {
            return false;
        }
        switch (segment.value().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "sspi" -> {
                return true;
            }
            case "false", "no" -> {
                return false;
            }
            default -> {
                problems.error(segment.valuePosition(), "'Integrated Security' cannot be "
                        + Values.shown(segment.value()), "Write Integrated Security=true (or SSPI) to log in"
                        + " as the service account, or false to log in with User ID and Password");
                return false;
            }
        }
    }

    private EncryptMode encrypt() {
        Segment segment = entries.get(ENCRYPT);
        if (segment == null) {
            return EncryptMode.MANDATORY;
        }
        switch (segment.value().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "mandatory" -> {
                return EncryptMode.MANDATORY;
            }
            case "false", "no", "optional" -> {
                return EncryptMode.OPTIONAL;
            }
            case "strict" -> {
                return EncryptMode.STRICT;
            }
            default -> {
                problems.error(segment.valuePosition(), "'Encrypt' cannot be " + Values.shown(segment.value()),
                        "Write Encrypt=true (or mandatory), Encrypt=false (or optional) or Encrypt=strict");
                return EncryptMode.MANDATORY;
            }
        }
    }

    private ApplicationIntent intent() {
        Segment segment = entries.get(APPLICATION_INTENT);
        if (segment == null || segment.value().equalsIgnoreCase("ReadWrite")) {
            return ApplicationIntent.READ_WRITE;
        }
        if (segment.value().equalsIgnoreCase("ReadOnly")) {
            return ApplicationIntent.READ_ONLY;
        }
        problems.error(segment.valuePosition(), "'ApplicationIntent' cannot be "
                + Values.shown(segment.value()), "Write ApplicationIntent=ReadWrite (the product writes to its"
                + " database, so ReadOnly would break it) or remove the keyword");
        return ApplicationIntent.READ_WRITE;
    }
}
