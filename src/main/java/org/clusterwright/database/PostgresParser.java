package org.clusterwright.database;

import org.clusterwright.secrets.Secret;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.clusterwright.database.PostgresKeyword.*;

/**
 * Reads an Npgsql connection string the way Inedo products use it: Host, Port, Database, Username and Password are
 * expected; any other keyword is reported with Inedo's own words, because Inedo does not support it even where
 * Npgsql would accept it.
 */
final class PostgresParser {
    /** Inedo's words as the research notes quote them; the ellipsis marks words the notes left out. */
    static final String INEDO_QUOTE = "Inedo's PostgreSQL documentation says \"we do not support additional"
            + " arguments/configuration ... in the connection string\"";

    private PostgresParser() {
    }

    static ParseOutcome parse(String input) {
        Problems problems = new Problems();
        KeyValueSyntax.Result syntax = KeyValueSyntax.read(input, problems);
        Map<PostgresKeyword, Segment> entries = new EnumMap<>(PostgresKeyword.class);
        Segment previous = null;
        for (Segment segment : syntax.segments()) {
            PostgresKeyword keyword = PostgresKeyword.find(segment.lookupKey());
            if (keyword == PASSWORD) {
                problems.redact(segment.value());
            }
            if (keyword == null && !segment.key().isEmpty()) {
                unknown(segment, previous, problems);
            } else if (keyword != null && !keyword.inedoSupported()) {
                problems.warning(segment.keyPosition(), Values.shown(segment.key()) + " is a valid Npgsql keyword,"
                        + " but " + INEDO_QUOTE, "Remove it unless Inedo support asked for it (Clusterwright's"
                        + " test connection still honours it)");
            }
            if (keyword != null && entries.containsKey(keyword)) {
                SegmentChecks.duplicate(entries.get(keyword), segment, keyword.canonical(), problems);
            }
            if (keyword != null) {
                entries.put(keyword, segment);
            }
            previous = segment;
        }
        PostgresValues values = new PostgresValues(entries, problems);
        PostgresConnectionString.Settings settings = values.read();
        Segment passwordSegment = entries.get(PASSWORD);
        Secret password = passwordSegment == null || passwordSegment.value().isEmpty() ? null
                : Secret.of(passwordSegment.value());
        values.check(settings, password != null);
        if (problems.hasErrors() || settings.endpoints() == null) {
            return ParseOutcome.of(null, problems);
        }
        ConnectionStringText text = ConnectionStringText.of(syntax,
                segment -> PostgresKeyword.find(segment.lookupKey()) == PASSWORD);
        return ParseOutcome.of(new PostgresConnectionString(settings, text, password), problems);
    }

    private static void unknown(Segment segment, Segment previous, Problems problems) {
        boolean afterPassword = previous != null && PostgresKeyword.find(previous.lookupKey()) == PASSWORD;
        if (SegmentChecks.oddName(segment, previous, afterPassword, problems)) {
            return;
        }
        String key = Values.shown(segment.key());
        if (PostgresKeyword.isSqlClientKeyword(segment.lookupKey())) {
            problems.warning(segment.keyPosition(), key + " is a SQL Server (SqlClient) keyword, not a PostgreSQL"
                    + " one", "If the database is SQL Server, choose SQL Server as the database kind; for"
                    + " PostgreSQL write Host, Port, Database, Username and Password");
        } else if (PostgresKeyword.isOtherNpgsqlKeyword(segment.lookupKey())) {
            problems.warning(segment.keyPosition(), key + " is an Npgsql keyword Clusterwright does not check, and "
                    + INEDO_QUOTE, "Remove it unless Inedo support asked for it");
        } else {
            problems.warning(segment.keyPosition(), key + " is not an Npgsql keyword (Npgsql refuses unknown"
                    + " keywords), and " + INEDO_QUOTE, "Keep only Host, Port, Database, Username and Password");
        }
    }

    /** Reads each known value and applies the rules between them. */
    private record PostgresValues(Map<PostgresKeyword, Segment> entries, Problems problems) {

        PostgresConnectionString.Settings read() {
            int port = number(PORT, 1, 65535, "", PostgresConnectionString.DEFAULT_PORT);
            List<PostgresConnectionString.Endpoint> endpoints = entries.containsKey(HOST)
                    ? PostgresHosts.parse(entries.get(HOST), port, problems) : null;
            Segment trust = entries.get(TRUST_SERVER_CERTIFICATE);
            return new PostgresConnectionString.Settings(endpoints, text(DATABASE), text(USERNAME), sslMode(),
                    trust != null && Boolean.TRUE.equals(Values.bool(trust, problems, trust.key())),
                    number(TIMEOUT, 0, 1024, "seconds", PostgresConnectionString.DEFAULT_TIMEOUT));
        }

        void check(PostgresConnectionString.Settings settings, boolean hasPassword) {
            if (!entries.containsKey(HOST)) {
                problems.error(-1, "there is no server: Host (or Server) is missing", "Add Host=<database server>,"
                        + " for example Host=inedodb.corp.example;Port=5432");
            }
            if (settings.database() == null) {
                problems.error(-1, "no database is named: Database is missing or empty", "Add Database=<name>,"
                        + " for example Database=proget (create it first with inedodb create --name=proget)");
            }
            if (settings.user() == null) {
                problems.warning(-1, "no Username is given" + (hasPassword ? " although a Password is" : ""),
                        "Add Username=<role>; without it Npgsql logs in as the operating-system account running"
                                + " the service, which may differ from node to node");
            }
            boolean verifying = settings.sslMode() == SslMode.VERIFY_CA || settings.sslMode() == SslMode.VERIFY_FULL;
            if (settings.trustServerCertificate() && verifying) {
                problems.warning(entries.get(TRUST_SERVER_CERTIFICATE).keyPosition(), "Trust Server Certificate"
                        + " contradicts SSL Mode=" + settings.sslMode().npgsqlName() + ", which exists to check"
                        + " the certificate", "Remove Trust Server Certificate, or lower SSL Mode to Require");
            }
        }

        private String text(PostgresKeyword keyword) {
            Segment segment = entries.get(keyword);
            if (segment == null || segment.value().isEmpty()) {
                return null;
            }
            Values.warnIfPlaceholder(segment, problems, keyword.canonical());
            return segment.value();
        }

        private int number(PostgresKeyword keyword, int min, int max, String unit, int fallback) {
            Segment segment = entries.get(keyword);
            Integer value = segment == null ? null : Values.integer(segment, problems, keyword.canonical(), min,
                    max, unit, fallback);
            return value == null ? fallback : value;
        }

        private SslMode sslMode() {
            Segment segment = entries.get(SSL_MODE);
            if (segment == null) {
                return SslMode.PREFER;
            }
            SslMode mode = SslMode.fromNpgsql(segment.value());
            if (mode == null) {
                problems.error(segment.valuePosition(), "'SSL Mode' cannot be " + Values.shown(segment.value()),
                        "Write one of Disable, Allow, Prefer, Require, VerifyCA or VerifyFull");
                return SslMode.PREFER;
            }
            return mode;
        }
    }
}
