package org.clusterwright.database;

import java.util.Map;

/**
 * Settings of the probe itself, not of the product: the SQL Browser's port (tests answer on a free one) and extra
 * driver properties (tests trust their own certificate authority through a trust store, as a later "trust this CA"
 * option could). Production uses {@link #defaults()}.
 *
 * @param browserPort      the UDP port of the SQL Server Browser, 1434 everywhere outside tests
 * @param driverProperties added to every test connection; names containing "password" are never shown
 */
record ProbeOptions(int browserPort, Map<String, String> driverProperties) {
    static final int SQL_BROWSER_PORT = 1434;

    ProbeOptions {
        driverProperties = Map.copyOf(driverProperties);
    }

    static ProbeOptions defaults() {
        return new ProbeOptions(SQL_BROWSER_PORT, Map.of());
    }

    ProbeOptions withDriverProperty(String name, String value) {
        Map<String, String> more = new java.util.HashMap<>(driverProperties);
        more.put(name, value);
        return new ProbeOptions(browserPort, more);
    }

    ProbeOptions withBrowserPort(int port) {
        return new ProbeOptions(port, driverProperties);
    }
}
