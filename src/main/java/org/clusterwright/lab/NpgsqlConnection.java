package org.clusterwright.lab;

import org.clusterwright.secrets.Secret;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

import static org.clusterwright.lab.LabKeyValues.value;

/**
 * A lab node's database connection, opened from the Npgsql connection string in its config the way ProGet would:
 * host, port, database, user and password, through a real login.
 */
final class NpgsqlConnection {
    /** Short, so a node whose config points nowhere answers /health in seconds, as ProGet's own check does. */
    private static final int CONNECT_SECONDS = 2;

    private final Map<String, String> values;

    private NpgsqlConnection(Map<String, String> values) {
        this.values = values;
    }

    static NpgsqlConnection parse(Secret connectionString) {
        return new NpgsqlConnection(LabKeyValues.parse(connectionString, NpgsqlConnection::canonical));
    }

    /** Where the string points, for messages; never the password. */
    String describe() {
        return value(values, "host", "(no host)") + ":" + value(values, "port", "5432") + "/"
                + value(values, "database", "(no database)");
    }

    Connection open() throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", value(values, "username", ""));
        login.setProperty("password", value(values, "password", ""));
        login.setProperty("connectTimeout", String.valueOf(CONNECT_SECONDS));
        login.setProperty("loginTimeout", String.valueOf(CONNECT_SECONDS + 1));
        login.setProperty("socketTimeout", "10");
        login.setProperty("ApplicationName", "Inedo product (Clusterwright lab node)");
        String host = value(values, "host", "localhost").split(",")[0].strip();
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + value(values, "port", "5432") + "/"
                + value(values, "database", ""), login);
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
}
