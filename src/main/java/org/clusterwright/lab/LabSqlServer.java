package org.clusterwright.lab;

import org.clusterwright.secrets.Secret;

/**
 * A SQL Server for a lab whose line runs on it. No SQL Server runs on a Debian machine, so the lab has none of its
 * own: tests hand it their protocol-level emulation. The lab's nodes log in with the connection string their config
 * holds, as the products do.
 */
public interface LabSqlServer {

    /** The connection string without its password, as a profile keeps it (SqlClient form). */
    String connectionString();

    /** The password of its login, which the nodes' configs hold and the lab puts in the secret store. */
    Secret password();

    /** For the lab's start-up message: what it is and where it listens. */
    String describe();
}
