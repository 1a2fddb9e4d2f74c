package org.clusterwright.database;

import org.clusterwright.identity.DomainIdentity;
import org.clusterwright.profile.DatabaseKind;
import org.clusterwright.profile.DomainAuth;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.VersionLine;
import org.clusterwright.secrets.Secret;

import java.util.List;
import java.util.Optional;

/**
 * What every probe check of one run works on: the connection string as the product will use it (password put back
 * from the secret store), and the product and release line whose rules apply. Built once when the plan is made.
 */
final class ProbeTarget {
    private final DatabaseKind kind;
    private final ConnectionString connection;
    private final Product product;
    private final VersionLine versionLine;
    private final ProbeOptions options;
    private final Secret password;
    private final DomainIdentity serviceAccount;
    private final IntegratedLogin.ServiceLogin serviceLogin;

    private ProbeTarget(DatabaseKind kind, ConnectionString connection, Product product, VersionLine versionLine,
                        ProbeOptions options, Secret password, DomainIdentity serviceAccount,
                        IntegratedLogin.ServiceLogin serviceLogin) {
        this.serviceAccount = serviceAccount;
        this.serviceLogin = serviceLogin;
        this.kind = kind;
        this.connection = connection;
        this.product = product;
        this.versionLine = versionLine;
        this.options = options;
        this.password = password;
    }

    static ProbeTarget of(Profile profile, Optional<Secret> storedPassword, ProbeOptions options) {
        return of(profile, storedPassword, Optional.empty(), options);
    }

    /** @param servicePassword the password of the service account Integrated Security logs in as, if any */
    static ProbeTarget of(Profile profile, Optional<Secret> storedPassword, Optional<Secret> servicePassword,
                          ProbeOptions options) {
        DatabaseKind kind = profile.getDatabase().getKind();
        ConnectionString parsed = ConnectionStringParser.parse(kind, profile.getDatabase().getConnectionString())
                .value().orElse(null);
        // a password still written in the profile's string (hand-edited JSON) counts when the store has none
        Secret password = storedPassword.filter(secret -> !secret.isEmpty())
                .or(() -> parsed == null ? Optional.empty() : parsed.password()).orElse(null);
        ConnectionString complete = parsed != null && password != null ? parsed.withPassword(password) : parsed;
        DomainIdentity account = DomainIdentity.parse(profile.getDatabase().getServiceAccount()).orElse(null);
        DomainAuth auth = Optional.ofNullable(profile.getDatabase().getServiceAccountAuth()).orElse(DomainAuth.AUTO);
        IntegratedLogin.ServiceLogin login = account != null && account.kind() == DomainIdentity.Kind.USER
                ? servicePassword.filter(secret -> !secret.isEmpty())
                .map(secret -> new IntegratedLogin.ServiceLogin(account, secret, auth)).orElse(null) : null;
        return new ProbeTarget(kind, complete, profile.getProduct(), profile.getVersionLine(), options, password,
                account, login);
    }

    DatabaseKind kind() {
        return kind;
    }

    boolean parsed() {
        return connection != null;
    }

    /** Only called by checks that require db.parse, which passed, so the string is there. */
    ConnectionString connection() {
        if (connection == null) {
            throw new IllegalStateException("the connection string did not parse; db.parse should have stopped this");
        }
        return connection;
    }

    Optional<SqlServerConnectionString> sqlServer() {
        return connection instanceof SqlServerConnectionString sql ? Optional.of(sql) : Optional.empty();
    }

    Optional<PostgresConnectionString> postgres() {
        return connection instanceof PostgresConnectionString pg ? Optional.of(pg) : Optional.empty();
    }

    /** A named instance without a port: SqlClient asks the SQL Browser, and so must the probe. */
    boolean needsBrowser() {
        return sqlServer().map(sql -> sql.instance().isPresent() && !sql.portGiven()).orElse(false);
    }

    boolean integratedSecurity() {
        return sqlServer().map(SqlServerConnectionString::integratedSecurity).orElse(false);
    }

    /** The hosts to resolve and reach, in the order the driver tries them. */
    List<String> hosts() {
        return postgres().map(pg -> pg.endpoints().stream().map(PostgresConnectionString.Endpoint::host).distinct()
                .toList()).orElseGet(() -> List.of(connection().host()));
    }

    Product product() {
        return product;
    }

    VersionLine versionLine() {
        return versionLine;
    }

    ProbeOptions options() {
        return options;
    }

    /** The account the product's service runs as, when the profile names one (Integrated Security). */
    Optional<DomainIdentity> serviceAccount() {
        return Optional.ofNullable(serviceAccount);
    }

    /** The service account with its password: present only when it can be proven from here. */
    Optional<IntegratedLogin.ServiceLogin> serviceLogin() {
        return integratedSecurity() ? Optional.ofNullable(serviceLogin) : Optional.empty();
    }

    boolean passwordGiven() {
        return password != null;
    }

    /** For scrubbing driver messages; never shown. */
    Optional<Secret> password() {
        return Optional.ofNullable(password != null ? password : serviceLogin == null ? null : serviceLogin.password());
    }
}
