package org.clusterwright.database;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Translates a SqlClient connection string into the URL and properties of Microsoft's JDBC driver (mssql-jdbc 12.8),
 * keeping the choices that decide whether a connection succeeds (encryption, certificate trust, timeouts, failover)
 * the same, so a test from Clusterwright predicts what the product on a node will see.
 */
final class SqlServerJdbc {

    private SqlServerJdbc() {
    }

    static JdbcTarget translate(SqlServerConnectionString source) {
        StringBuilder url = new StringBuilder("jdbc:sqlserver://");
        if (source.ipv6()) {
            // mssql-jdbc cannot take an IPv6 literal before the first ';'; its documentation uses serverName.
            url.append(";serverName=").append(escape(source.host()));
            source.instance().ifPresent(instance -> url.append(";instanceName=").append(escape(instance)));
            if (source.portGiven() || source.instance().isEmpty()) {
                url.append(";portNumber=").append(source.port().orElse(SqlServerConnectionString.DEFAULT_PORT));
            }
        } else {
            url.append(source.host());
            source.instance().ifPresent(instance -> url.append('\\').append(instance));
            source.port().ifPresent(port -> url.append(':').append(port));
        }
        source.database().ifPresent(database -> property(url, "databaseName", database));
        property(url, "encrypt", switch (source.encrypt()) {
            case MANDATORY -> "true";
            case OPTIONAL -> "false";
            case STRICT -> "strict";
        });
        property(url, "trustServerCertificate", String.valueOf(source.trustServerCertificate()));
        source.hostNameInCertificate().ifPresent(name -> property(url, "hostNameInCertificate", name));
        if (source.connectTimeoutSeconds() > 0) {
            // SqlClient's 0 means "wait forever"; mssql-jdbc's 0 means its own default, so 0 is left out.
            property(url, "loginTimeout", String.valueOf(source.connectTimeoutSeconds()));
        }
        if (source.multiSubnetFailover()) {
            property(url, "multiSubnetFailover", "true");
        }
        source.failoverPartner().ifPresent(partner -> property(url, "failoverPartner", partner));
        if (source.applicationIntent() == ApplicationIntent.READ_ONLY) {
            property(url, "applicationIntent", ApplicationIntent.READ_ONLY.keywordValue());
        }
        source.applicationName().ifPresent(name -> property(url, "applicationName", name));

        Properties properties = new Properties();
        List<String> notes = new ArrayList<>();
        if (source.integratedSecurity()) {
            property(url, "integratedSecurity", "true");
            notes.add("Integrated Security: the product logs in as each node's service account (NETWORK SERVICE"
                    + " is the node's computer account); the test logs in as the service account named for it,"
                    + " with Kerberos (authenticationScheme=JavaKerberos) or NTLM (authenticationScheme=NTLM).");
        } else {
            source.user().ifPresent(user -> properties.setProperty("user", user));
            source.password().ifPresent(password -> properties.setProperty("password", password.reveal()));
        }
        if (source.instance().isPresent() && !source.portGiven()) {
            notes.add("Named instance without a port: the driver asks the SQL Browser on UDP 1434 for the port,"
                    + " so that port must be open from every node too.");
        }
        return new JdbcTarget(url.toString(), properties, notes);
    }

    private static void property(StringBuilder url, String name, String value) {
        url.append(';').append(name).append('=').append(escape(value));
    }

    /**
     * mssql-jdbc reads {@code {...}} as a literal value, in which {@code }}} stands for one {@code }}; anything
     * that could end or split a property (';', '=', braces, edge spaces) is wrapped that way.
     */
    static String escape(String value) {
        boolean plain = value.equals(value.strip()) && value.chars().noneMatch(c -> ";={}".indexOf(c) >= 0);
        return plain ? value : "{" + value.replace("}", "}}") + "}";
    }
}
