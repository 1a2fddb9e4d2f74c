package org.clusterwright.lab;

import org.clusterwright.secrets.Secret;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * A lab node's database connection, opened from the Npgsql connection string in its config the way ProGet would:
 * host, port, database, user and password, through a real login. The lab reads the string itself rather than with
 * Clusterwright's own parser, so a node never agrees with the checks merely because both share a bug.
 */
final class NpgsqlConnection {
    /** Short, so a node whose config points nowhere answers /health in seconds, as ProGet's own check does. */
    private static final int CONNECT_SECONDS = 2;

    private final Map<String, String> values;

    private NpgsqlConnection(Map<String, String> values) {
        this.values = values;
    }

    static NpgsqlConnection parse(Secret connectionString) {
        Map<String, String> values = new HashMap<>();
        for (String pair : splitOutsideQuotes(connectionString.reveal())) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(canonical(pair.substring(0, equals).strip().toLowerCase(Locale.ROOT)),
                        unquote(pair.substring(equals + 1).strip()));
            }
        }
        return new NpgsqlConnection(values);
    }

    /** Where the string points, for messages; never the password. */
    String describe() {
        return value("host", "(no host)") + ":" + value("port", "5432") + "/" + value("database", "(no database)");
    }

    Connection open() throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", value("username", ""));
        login.setProperty("password", value("password", ""));
        login.setProperty("connectTimeout", String.valueOf(CONNECT_SECONDS));
        login.setProperty("loginTimeout", String.valueOf(CONNECT_SECONDS + 1));
        login.setProperty("socketTimeout", "10");
        login.setProperty("ApplicationName", "ProGet (Clusterwright lab node)");
        String host = value("host", "localhost").split(",")[0].strip();
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + value("port", "5432") + "/"
                + value("database", ""), login);
    }

    private String value(String key, String otherwise) {
        String value = values.get(key);
        return value == null || value.isEmpty() ? otherwise : value;
    }

    /** Npgsql's synonyms of the five keywords Inedo supports. */
    private static String canonical(String key) {
        return switch (key) {
            case "server" -> "host";
            case "db" -> "database";
            case "user id", "user name", "userid", "uid", "user" -> "username";
            case "pwd", "psw" -> "password";
            default -> key;
        };
    }

    private static List<String> splitOutsideQuotes(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (char c : text.toCharArray()) {
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == ';') {
                parts.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        parts.add(current.toString());
        return parts;
    }

    private static String unquote(String value) {
        boolean quoted = value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                && value.charAt(value.length() - 1) == value.charAt(0);
        return quoted ? value.substring(1, value.length() - 1) : value;
    }
}
