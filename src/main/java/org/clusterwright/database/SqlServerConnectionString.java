package org.clusterwright.database;

import org.clusterwright.profile.DatabaseKind;
import org.clusterwright.secrets.Secret;

import java.util.Optional;
import java.util.OptionalInt;

/** A parsed SQL Server connection string in .NET SqlClient syntax. */
public final class SqlServerConnectionString implements ConnectionString {
    /** SqlClient's port for a default instance; a named instance's port comes from the SQL Browser instead. */
    public static final int DEFAULT_PORT = 1433;
    /** SqlClient's default Connect Timeout, in seconds. */
    public static final int DEFAULT_CONNECT_TIMEOUT = 15;

    /** The settings read from the text; null fields were not given. */
    record Settings(SqlServerDataSource dataSource, String database, String user, boolean integratedSecurity,
                    EncryptMode encrypt, boolean trustServerCertificate, String hostNameInCertificate,
                    int connectTimeoutSeconds, boolean multiSubnetFailover, String failoverPartner,
                    ApplicationIntent applicationIntent, String applicationName) {
    }

    private final Settings settings;
    private final ConnectionStringText text;
    private final Secret password;

    SqlServerConnectionString(Settings settings, ConnectionStringText text, Secret password) {
        this.settings = settings;
        this.text = text;
        this.password = password;
    }

    @Override
    public DatabaseKind kind() {
        return DatabaseKind.SQL_SERVER;
    }

    @Override
    public String host() {
        return settings.dataSource().host();
    }

    public Optional<String> instance() {
        return Optional.ofNullable(settings.dataSource().instance());
    }

    /** The port written in Data Source; else 1433 for a default instance; else empty (SQL Browser decides). */
    @Override
    public OptionalInt port() {
        Integer port = settings.dataSource().port();
        if (port != null) {
            return OptionalInt.of(port);
        }
        return settings.dataSource().instance() == null ? OptionalInt.of(DEFAULT_PORT) : OptionalInt.empty();
    }

    /** Whether the port was written out; JDBC then skips the SQL Browser lookup just as SqlClient does. */
    public boolean portGiven() {
        return settings.dataSource().port() != null;
    }

    public boolean ipv6() {
        return settings.dataSource().ipv6();
    }

    @Override
    public Optional<String> database() {
        return Optional.ofNullable(settings.database());
    }

    @Override
    public Optional<String> user() {
        return Optional.ofNullable(settings.user());
    }

    @Override
    public Optional<Secret> password() {
        return Optional.ofNullable(password);
    }

    public boolean integratedSecurity() {
        return settings.integratedSecurity();
    }

    public EncryptMode encrypt() {
        return settings.encrypt();
    }

    public boolean trustServerCertificate() {
        return settings.trustServerCertificate();
    }

    public Optional<String> hostNameInCertificate() {
        return Optional.ofNullable(settings.hostNameInCertificate());
    }

    public int connectTimeoutSeconds() {
        return settings.connectTimeoutSeconds();
    }

    public boolean multiSubnetFailover() {
        return settings.multiSubnetFailover();
    }

    public Optional<String> failoverPartner() {
        return Optional.ofNullable(settings.failoverPartner());
    }

    public ApplicationIntent applicationIntent() {
        return settings.applicationIntent();
    }

    public Optional<String> applicationName() {
        return Optional.ofNullable(settings.applicationName());
    }

    @Override
    public String withoutPassword() {
        return text.withoutPassword();
    }

    @Override
    public String masked() {
        return text.masked();
    }

    @Override
    public Secret complete() {
        return Secret.of(text.complete());
    }

    @Override
    public SqlServerConnectionString withPassword(Secret newPassword) {
        java.util.Objects.requireNonNull(newPassword, "password");
        return new SqlServerConnectionString(settings, text.withPassword(newPassword.reveal(), "Password"),
                newPassword);
    }

    @Override
    public JdbcTarget toJdbc() {
        return SqlServerJdbc.translate(this);
    }

    @Override
    public String toString() {
        return masked();
    }
}
