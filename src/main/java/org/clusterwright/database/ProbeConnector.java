package org.clusterwright.database;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens the probe's test connection with the product's own settings, and timeouts taken from the deadline.
 * Drivers are called directly rather than through DriverManager, so no global login timeout is touched and the
 * right driver is used even when both are on the class path.
 */
final class ProbeConnector {
    static final String APPLICATION_NAME = "Clusterwright probe";

    private ProbeConnector() {
    }

    static Connection connect(ProbeTarget target, ProbeBudget budget, Integer browserPort) throws SQLException {
        JdbcTarget jdbc = target.connection().toJdbc();
        Properties properties = jdbc.properties();
        String url = jdbc.url();
        Driver driver;
        if (target.sqlServer().isPresent()) {
            SqlServerConnectionString sql = target.sqlServer().get();
            // the URL carries the product's Connect Timeout; the probe's shorter one must win, so it goes in one place
            url = url.replaceAll("(?i);loginTimeout=\\d+", "");
            properties.setProperty("loginTimeout", String.valueOf(budget.wholeSecondsAtMost(sql.connectTimeoutSeconds())));
            // bounds every read, also the TLS handshake that loginTimeout alone does not (encrypt=strict hangs)
            properties.setProperty("socketTimeout", String.valueOf(budget.millisInt()));
            // the driver would otherwise retry a failed login (4060) and spend the budget twice
            properties.setProperty("connectRetryCount", "0");
            if (browserPort != null) {
                // the port db.browser found; mssql-jdbc then skips its own Browser query for the instance name
                properties.setProperty("portNumber", String.valueOf(browserPort));
            }
            if (sql.applicationName().isEmpty()) {
                properties.setProperty("applicationName", APPLICATION_NAME);
            }
            driver = new com.microsoft.sqlserver.jdbc.SQLServerDriver();
        } else {
            PostgresConnectionString pg = target.postgres().orElseThrow();
            String seconds = String.valueOf(budget.wholeSecondsAtMost(pg.timeoutSeconds()));
            properties.setProperty("connectTimeout", seconds);
            properties.setProperty("loginTimeout", seconds);
            properties.setProperty("socketTimeout", String.valueOf(budget.wholeSeconds()));
            properties.setProperty("ApplicationName", APPLICATION_NAME);
            driver = new org.postgresql.Driver();
        }
        target.options().driverProperties().forEach(properties::setProperty);
        Connection connection = driver.connect(url, properties);
        if (connection == null) {
            throw new SQLException("the JDBC driver did not accept the URL " + url);
        }
        return connection;
    }
}
