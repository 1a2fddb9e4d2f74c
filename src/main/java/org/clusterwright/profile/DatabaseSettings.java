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
    // Integrated Security: the account the product's service runs as, proven by logging in as it
    private String serviceAccount;
    private SecretRef serviceAccountPassword;
    private DomainAuth serviceAccountAuth;

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

    /**
     * With Integrated Security, the account the product's service runs as: {@code CORP\svc-proget} or
     * {@code svc-proget@CORP.EXAMPLE}.
     */
    public String getServiceAccount() {
        return serviceAccount;
    }

    public void setServiceAccount(String serviceAccount) {
        this.serviceAccount = serviceAccount == null || serviceAccount.isBlank() ? null : serviceAccount.strip();
    }

    /** Where the service account's password is kept; never the password itself. */
    public SecretRef getServiceAccountPassword() {
        return serviceAccountPassword;
    }

    /** Where the service account's password is kept: under the profile's reference, else under the default name. */
    public SecretRef serviceAccountPasswordRef() {
        return serviceAccountPassword != null ? serviceAccountPassword : SecretRef.SERVICE_ACCOUNT_PASSWORD;
    }

    public void setServiceAccountPassword(SecretRef serviceAccountPassword) {
        this.serviceAccountPassword = serviceAccountPassword;
    }

    /** Kerberos, NTLM or both for the service account's login; empty means {@link DomainAuth#AUTO}. */
    public DomainAuth getServiceAccountAuth() {
        return serviceAccountAuth;
    }

    public void setServiceAccountAuth(DomainAuth serviceAccountAuth) {
        this.serviceAccountAuth = serviceAccountAuth;
    }
}
