package org.clusterwright.lab;

import org.clusterwright.secrets.Secret;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;

/**
 * What a ProGet 2025 installation leaves in its database, as far as Clusterwright looks: Inedo's schema-change table
 * with the scripts that ran (so the EncryptionKey step sees an installation whose key must be kept), and a table of
 * settings, which the nodes' settings API reads and writes, so every node sees the same values as in a real cluster.
 */
final class LabSchema {
    /** The lab's own settings table; the name of ProGet's is not documented (Key_Name/Value_Text are). */
    static final String SETTINGS_TABLE = "\"Configuration\"";

    private LabSchema() {
    }

    static void create(LabDatabase database, Secret ownerPassword, Map<String, String> settings) throws SQLException {
        try (Connection connection = database.connectAsSuperuser("postgres");
             Statement statement = connection.createStatement()) {
            // DDL takes no parameters; the password is letters and digits only (RandomSecrets)
            statement.execute("CREATE ROLE " + LabDatabase.OWNER + " LOGIN PASSWORD '" + ownerPassword.reveal() + "'");
            statement.execute("CREATE DATABASE " + LabDatabase.DATABASE + " OWNER " + LabDatabase.OWNER);
        }
        Properties login = new Properties();
        login.setProperty("user", LabDatabase.OWNER);
        login.setProperty("password", ownerPassword.reveal());
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:"
                + database.port() + "/" + LabDatabase.DATABASE, login);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE \"__InedoDb_DbSchemaChanges\" (\"Script_Id\" integer PRIMARY KEY,"
                    + " \"Script_Guid\" uuid, \"Script_Name\" varchar(200), \"Script_Sql\" text,"
                    + " \"Executed_Date\" timestamp, \"Success_Indicator\" boolean, \"Error_Text\" text)");
            statement.execute("INSERT INTO \"__InedoDb_DbSchemaChanges\" VALUES"
                    + " (1, gen_random_uuid(), '2025.1/0001-Initialize.sql', '', now() - interval '90 days', true, null),"
                    + " (2, gen_random_uuid(), '2025.1/0002-Feeds.sql', '', now() - interval '90 days', true, null),"
                    + " (3, gen_random_uuid(), '2025.14/0003-Retention.sql', '', now() - interval '7 days', true, null)");
            statement.execute("CREATE TABLE " + SETTINGS_TABLE + " (\"Key_Name\" varchar(100) PRIMARY KEY,"
                    + " \"Value_Text\" text)");
        }
        String url = "jdbc:postgresql://localhost:" + database.port() + "/" + LabDatabase.DATABASE;
        LabSettings table = LabSettings.table(() -> DriverManager.getConnection(url, login));
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            table.set(setting.getKey(), setting.getValue());
        }
    }
}
