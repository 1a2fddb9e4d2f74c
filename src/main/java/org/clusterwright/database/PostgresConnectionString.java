package org.clusterwright.database;

import org.clusterwright.profile.DatabaseKind;
import org.clusterwright.secrets.Secret;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** A parsed PostgreSQL / InedoDB connection string in Npgsql syntax. */
public final class PostgresConnectionString implements ConnectionString {
    public static final int DEFAULT_PORT = 5432;
    /** Npgsql's default Timeout (to establish a connection), in seconds. */
    public static final int DEFAULT_TIMEOUT = 15;

    /** One server of the Host list, with the port that applies to it. */
    public record Endpoint(String host, int port, boolean ipv6) {
    }

    /** The settings read from the text; null fields were not given. */
    record Settings(List<Endpoint> endpoints, String database, String user, SslMode sslMode,
                    boolean trustServerCertificate, int timeoutSeconds) {
    }

    private final Settings settings;
    private final ConnectionStringText text;
    private final Secret password;

    PostgresConnectionString(Settings settings, ConnectionStringText text, Secret password) {
        this.settings = settings;
        this.text = text;
        this.password = password;
    }

    @Override
    public DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }

    @Override
    public String host() {
        return settings.endpoints().get(0).host();
    }

    /** The port of the first host: its own, else the Port keyword, else 5432. */
    @Override
    public OptionalInt port() {
        return OptionalInt.of(settings.endpoints().get(0).port());
    }

    /** Every server of a multi-host string, in the order Npgsql tries them. */
    public List<Endpoint> endpoints() {
        return List.copyOf(settings.endpoints());
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

    /** Npgsql's default is Prefer: encrypt when the server offers it, without checking its certificate. */
    public SslMode sslMode() {
        return settings.sslMode();
    }

    public boolean trustServerCertificate() {
        return settings.trustServerCertificate();
    }

    public int timeoutSeconds() {
        return settings.timeoutSeconds();
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
    public PostgresConnectionString withPassword(Secret newPassword) {
        Objects.requireNonNull(newPassword, "password");
        return new PostgresConnectionString(settings, text.withPassword(newPassword.reveal(), "Password"),
                newPassword);
    }

    @Override
    public JdbcTarget toJdbc() {
        return PostgresJdbc.translate(this);
    }

    @Override
    public String toString() {
        return masked();
    }
}
