package org.clusterwright.database;

import org.clusterwright.profile.DatabaseKind;
import org.clusterwright.secrets.Secret;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A connection string that parsed without errors. The password is held as a {@link Secret}, and every way of
 * turning this into text for people ({@link #masked()}, {@link #toString()}) or for storage
 * ({@link #withoutPassword()}) leaves it out; only {@link #complete()} carries it, wrapped in a Secret again.
 */
public sealed interface ConnectionString permits SqlServerConnectionString, PostgresConnectionString {

    DatabaseKind kind();

    /** The server to connect to; for a PostgreSQL multi-host string, the first one. */
    String host();

    /** The TCP port, or empty when SQL Server must ask the SQL Browser for a named instance's port. */
    OptionalInt port();

    Optional<String> database();

    Optional<String> user();

    Optional<Secret> password();

    /** The string as typed minus its password entries: what a profile stores next to a secret reference. */
    String withoutPassword();

    /** The string as typed with the password shown as {@value Secret#MASK}. */
    String masked();

    /** The full text including the password, for writing a node's configuration; a Secret so it cannot leak. */
    Secret complete();

    /** A copy whose password is {@code password}, to put a password kept in the secret store back. */
    ConnectionString withPassword(Secret password);

    /** The JDBC URL and properties Clusterwright uses to test the same server the product will use. */
    JdbcTarget toJdbc();
}
