package org.clusterwright.lab;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Where the lab's nodes keep ProGet's Advanced Settings, shared by every node as the database shares them: a table of
 * the lab's PostgreSQL, or, on a SQL Server emulation that answers only the probe's questions, a map the lab holds,
 * reached only after the node's own login succeeded. Either way a node that cannot reach the database cannot read
 * or set a setting.
 */
interface LabSettings {

    void set(String name, String value) throws SQLException;

    /** Every setting, by name. */
    Map<String, String> all() throws SQLException;

    /** The node's database connection, opened as its config says. */
    interface Database {
        Connection open() throws SQLException;
    }

    static LabSettings table(Database database) {
        return new LabSettings() {
            @Override
            public void set(String name, String value) throws SQLException {
                try (Connection connection = database.open(); PreparedStatement upsert = connection.prepareStatement(
                        "INSERT INTO " + LabSchema.SETTINGS_TABLE + " VALUES (?, ?) ON CONFLICT (\"Key_Name\")"
                                + " DO UPDATE SET \"Value_Text\" = EXCLUDED.\"Value_Text\"")) {
                    upsert.setString(1, name);
                    upsert.setString(2, value);
                    upsert.executeUpdate();
                }
            }

            @Override
            public Map<String, String> all() throws SQLException {
                Map<String, String> settings = new TreeMap<>();
                try (Connection connection = database.open(); PreparedStatement select = connection.prepareStatement(
                        "SELECT \"Key_Name\", \"Value_Text\" FROM " + LabSchema.SETTINGS_TABLE);
                     ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        settings.put(rows.getString(1), rows.getString(2));
                    }
                }
                return settings;
            }
        };
    }

    static LabSettings memory(Database database, ConcurrentMap<String, String> shared) {
        return new LabSettings() {
            @Override
            public void set(String name, String value) throws SQLException {
                database.open().close();
                shared.put(name, value);
            }

            @Override
            public Map<String, String> all() throws SQLException {
                database.open().close();
                return new TreeMap<>(shared);
            }
        };
    }
}
