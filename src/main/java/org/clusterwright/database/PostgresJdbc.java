package org.clusterwright.database;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Translates an Npgsql connection string into a pgjdbc URL and properties. The database name is percent-encoded
 * because pgjdbc URL-decodes it; user and password go in properties so the URL can be shown.
 */
final class PostgresJdbc {

    private PostgresJdbc() {
    }

    static JdbcTarget translate(PostgresConnectionString source) {
        String hosts = source.endpoints().stream()
                .map(endpoint -> (endpoint.ipv6() ? "[" + endpoint.host() + "]" : endpoint.host()) + ":"
                        + endpoint.port())
                .collect(Collectors.joining(","));
        String url = "jdbc:postgresql://" + hosts + "/"
                + URLEncoder.encode(source.database().orElse(""), StandardCharsets.UTF_8);

        Properties properties = new Properties();
        source.user().ifPresent(user -> properties.setProperty("user", user));
        source.password().ifPresent(password -> properties.setProperty("password", password.reveal()));
        properties.setProperty("sslmode", source.sslMode().jdbcName());
        // Npgsql's Timeout and pgjdbc's connectTimeout are both seconds to open the connection; the defaults differ
        // (15 and 10), so it is always written to test with the product's value.
        properties.setProperty("connectTimeout", String.valueOf(source.timeoutSeconds()));

        List<String> notes = new ArrayList<>();
        SslMode mode = source.sslMode();
        if (source.trustServerCertificate() && mode != SslMode.VERIFY_CA && mode != SslMode.VERIFY_FULL
                && mode != SslMode.DISABLE) {
            properties.setProperty("sslfactory", "org.postgresql.ssl.NonValidatingFactory");
        }
        if (mode == SslMode.VERIFY_CA || mode == SslMode.VERIFY_FULL) {
            // Npgsql checks against the machine's trusted roots; pgjdbc's own default instead insists on a file
            // ~/.postgresql/root.crt. Java's trust store is the closer match to what a node does.
            properties.setProperty("sslfactory", "org.postgresql.ssl.DefaultJavaSSLFactory");
            notes.add("SSL Mode=" + mode.npgsqlName() + ": the test trusts Java's certificate authorities, the"
                    + " nodes their Windows or Linux ones; a private CA must be trusted in both.");
        }
        if (mode == SslMode.REQUIRE) {
            notes.add("SSL Mode=Require: Npgsql versions differ on whether Require also checks the server"
                    + " certificate, so a test that passes here may still fail on a node with an untrusted"
                    + " certificate.");
        }
        if (source.endpoints().size() > 1) {
            notes.add("Several hosts: pgjdbc, like Npgsql, connects to the first one that answers.");
        }
        return new JdbcTarget(url, properties, notes);
    }
}
