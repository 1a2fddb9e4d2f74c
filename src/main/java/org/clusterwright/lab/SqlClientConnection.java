package org.clusterwright.lab;

import org.clusterwright.secrets.Secret;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

import static org.clusterwright.lab.LabKeyValues.value;

/**
 * A lab node's SQL Server connection, opened from the SqlClient connection string in its config: server (with a
 * port after a comma), database, user, password and whether to encrypt, through a real login with Microsoft's driver.
 */
final class SqlClientConnection {
    private static final int CONNECT_SECONDS = 2;

    private final Map<String, String> values;

    private SqlClientConnection(Map<String, String> values) {
        this.values = values;
    }

    static SqlClientConnection parse(Secret connectionString) {
        return new SqlClientConnection(LabKeyValues.parse(connectionString, SqlClientConnection::canonical));
    }

    Connection open() throws SQLException {
        String[] server = value(values, "server", "localhost").replace("tcp:", "").split(",");
        String url = "jdbc:sqlserver://" + server[0].strip() + (server.length > 1 ? ":" + server[1].strip() : "")
                + ";databaseName=" + value(values, "database", "") + ";encrypt="
                + (value(values, "encrypt", "true").equalsIgnoreCase("false") ? "false" : "true")
                + ";trustServerCertificate=" + value(values, "trustservercertificate", "false")
                + ";loginTimeout=" + CONNECT_SECONDS + ";socketTimeout=10000";
        Properties login = new Properties();
        login.setProperty("user", value(values, "user", ""));
        login.setProperty("password", value(values, "password", ""));
        return DriverManager.getConnection(url, login);
    }

    /** SqlClient's synonyms of the keywords the lab's nodes read. */
    private static String canonical(String key) {
        return switch (key) {
            case "data source", "address", "addr", "network address" -> "server";
            case "initial catalog" -> "database";
            case "user id", "uid" -> "user";
            case "pwd" -> "password";
            case "trust server certificate" -> "trustservercertificate";
            default -> key;
        };
    }
}
