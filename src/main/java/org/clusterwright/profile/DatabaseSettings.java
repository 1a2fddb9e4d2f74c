package org.clusterwright.profile;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The shared database. The connection string is stored without its password; the password lives in the secret
 * store under {@link #getPassword()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class DatabaseSettings extends Extensible {
    private DatabaseKind kind = DatabaseKind.SQL_SERVER;
    private String connectionString;
    private SecretRef password;

    public DatabaseKind getKind() {
        return kind;
    }

    public void setKind(DatabaseKind kind) {
        this.kind = kind;
    }

    /** The connection string with any password removed. */
    public String getConnectionString() {
        return connectionString;
    }

    public void setConnectionString(String connectionString) {
        this.connectionString = connectionString;
    }

    public SecretRef getPassword() {
        return password;
    }

    public void setPassword(SecretRef password) {
        this.password = password;
    }

    /** Where the password is kept: under the profile's reference, else under the default name. */
    public SecretRef passwordRef() {
        return password != null ? password : SecretRef.DATABASE_PASSWORD;
    }
}
