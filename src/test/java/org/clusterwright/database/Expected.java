package org.clusterwright.database;

import org.clusterwright.profile.DatabaseKind;
import org.clusterwright.secrets.Secret;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one row of the parser table expects. Every field has the value a plain string would give, so a row states
 * only what differs, and {@link #verify} still checks every field: a row cannot pass by asserting nothing.
 */
final class Expected {
    final DatabaseKind kind;
    final String host;
    Integer port;
    String instance;
    String database;
    String user;
    String password;
    int warnings;
    final List<String> warningSnippets = new ArrayList<>();
    boolean integrated;
    EncryptMode encrypt = EncryptMode.MANDATORY;
    boolean trustServerCertificate;
    int timeout;
    boolean multiSubnetFailover;
    String failoverPartner;
    ApplicationIntent intent = ApplicationIntent.READ_WRITE;
    String applicationName;
    String hostNameInCertificate;
    SslMode sslMode = SslMode.PREFER;
    final List<String> endpoints = new ArrayList<>();

    private Expected(DatabaseKind kind, String host, Integer port, int timeout) {
        this.kind = kind;
        this.host = host;
        this.port = port;
        this.timeout = timeout;
    }

    static Expected sql(String host) {
        return new Expected(DatabaseKind.SQL_SERVER, host, 1433, 15);
    }

    static Expected pg(String host) {
        return new Expected(DatabaseKind.POSTGRESQL, host, 5432, 15);
    }

    Expected port(Integer value) { port = value; return this; }
    Expected instance(String value) { instance = value; return this; }
    Expected db(String value) { database = value; return this; }
    Expected user(String value) { user = value; return this; }
    Expected password(String value) { password = value; return this; }
    Expected integrated() { integrated = true; return this; }
    Expected encrypt(EncryptMode value) { encrypt = value; return this; }
    Expected trust() { trustServerCertificate = true; return this; }
    Expected timeout(int value) { timeout = value; return this; }
    Expected multiSubnet() { multiSubnetFailover = true; return this; }
    Expected partner(String value) { failoverPartner = value; return this; }
    Expected intent(ApplicationIntent value) { intent = value; return this; }
    Expected app(String value) { applicationName = value; return this; }
    Expected certName(String value) { hostNameInCertificate = value; return this; }
    Expected ssl(SslMode value) { sslMode = value; return this; }
    Expected endpoints(String... hostPorts) { endpoints.addAll(List.of(hostPorts)); return this; }

    /** The number of warnings, and words each of them (in order) must contain. */
    Expected warnings(int count, String... snippets) {
        warnings = count;
        warningSnippets.addAll(List.of(snippets));
        return this;
    }

    void verify(ParseOutcome outcome) {
        assertThat(outcome.errors()).as("errors").isEmpty();
        assertThat(outcome.ok()).isTrue();
        ConnectionString parsed = outcome.value().orElseThrow();
        assertThat(parsed.kind()).isEqualTo(kind);
        assertThat(parsed.host()).as("host").isEqualTo(host);
        assertThat(parsed.port()).as("port").isEqualTo(port == null ? OptionalInt.empty() : OptionalInt.of(port));
        assertThat(parsed.database().orElse(null)).as("database").isEqualTo(database);
        assertThat(parsed.user().orElse(null)).as("user").isEqualTo(user);
        assertThat(parsed.password().map(Secret::reveal).orElse(null)).as("password").isEqualTo(password);
        assertThat(outcome.warnings()).as("warnings").hasSize(warnings);
        for (int i = 0; i < warningSnippets.size(); i++) {
            assertThat(outcome.warnings().get(i).message()).as("warning " + i).containsIgnoringCase(warningSnippets.get(i));
        }
        if (parsed instanceof SqlServerConnectionString sql) {
            assertThat(sql.instance().orElse(null)).as("instance").isEqualTo(instance);
            assertThat(sql.integratedSecurity()).as("integrated security").isEqualTo(integrated);
            assertThat(sql.encrypt()).as("encrypt").isEqualTo(encrypt);
            assertThat(sql.trustServerCertificate()).as("trust server certificate").isEqualTo(trustServerCertificate);
            assertThat(sql.connectTimeoutSeconds()).as("connect timeout").isEqualTo(timeout);
            assertThat(sql.multiSubnetFailover()).as("multi-subnet failover").isEqualTo(multiSubnetFailover);
            assertThat(sql.failoverPartner().orElse(null)).as("failover partner").isEqualTo(failoverPartner);
            assertThat(sql.applicationIntent()).as("application intent").isEqualTo(intent);
            assertThat(sql.applicationName().orElse(null)).as("application name").isEqualTo(applicationName);
            assertThat(sql.hostNameInCertificate().orElse(null)).as("host name in certificate")
                    .isEqualTo(hostNameInCertificate);
        } else if (parsed instanceof PostgresConnectionString pg) {
            assertThat(pg.sslMode()).as("ssl mode").isEqualTo(sslMode);
            assertThat(pg.trustServerCertificate()).as("trust server certificate").isEqualTo(trustServerCertificate);
            assertThat(pg.timeoutSeconds()).as("timeout").isEqualTo(timeout);
            List<String> expectedEndpoints = endpoints.isEmpty() ? List.of(host + ":" + port) : endpoints;
            assertThat(pg.endpoints()).extracting(e -> e.host() + ":" + e.port()).as("endpoints")
                    .containsExactlyElementsOf(expectedEndpoints);
        }
    }

    @Override
    public String toString() {
        return kind + " " + host;
    }
}
