package org.clusterwright.lab;

import org.clusterwright.profile.DatabaseKind;
import org.clusterwright.secrets.Secret;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The database as the lab's profile and nodes see it: its kind, the connection string the profile keeps (without the
 * password), the password, how a node logs in with the string its config holds, and where the settings API keeps
 * ProGet's settings. The lab's own PostgreSQL, or a SQL Server a test hands it.
 */
record LabBackend(DatabaseKind kind, String connectionString, Secret password, Login login, boolean settingsTable,
                  String describe) {

    /** How a node opens its database from its config's connection string, password included. */
    interface Login {
        Connection open(Secret connectionString) throws SQLException;
    }

    static LabBackend postgres(LabDatabase database, Secret password) {
        return new LabBackend(DatabaseKind.POSTGRESQL, LabProfile.connectionString(database.port()), password,
                string -> NpgsqlConnection.parse(string).open(), true,
                "PostgreSQL " + database.version() + " on 127.0.0.1:" + database.port());
    }

    static LabBackend sqlServer(LabSqlServer server) {
        return new LabBackend(DatabaseKind.SQL_SERVER, server.connectionString(), server.password(),
                string -> SqlClientConnection.parse(string).open(), false, server.describe());
    }

    /** The string a node's config holds: the profile's, with the password. */
    Secret nodeConnectionString() {
        return Secret.of(connectionString + ";Password=" + password.reveal());
    }
}
