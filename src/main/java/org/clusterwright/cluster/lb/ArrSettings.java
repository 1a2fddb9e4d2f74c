package org.clusterwright.cluster.lb;

/**
 * The settings to make in IIS Application Request Routing, as steps a person follows in IIS Manager: ARR has no
 * configuration file worth generating, and its farm lives in applicationHost.config with the rest of IIS.
 */
public final class ArrSettings {
    private ArrSettings() {
    }

    public static String generate(Backends config) {
        String farm = config.poolName().replace('_', '-');
        StringBuilder text = new StringBuilder();
        text.append("IIS Application Request Routing (ARR) for the ").append(config.product()).append(" cluster")
                .append(config.clusterName().isEmpty() ? "" : " \"" + config.clusterName() + "\"").append("\n\n");
        text.append("1. IIS Manager > Server Farms > Create Server Farm: name \"").append(farm).append("\". Add these servers:\n");
        for (Backend backend : config.backends()) {
            text.append("   - ").append(backend.host()).append(", ").append(backend.scheme().toUpperCase(java.util.Locale.ROOT))
                    .append(" port ").append(backend.port()).append(" (").append(backend.target()).append(')')
                    .append(backend.drained() ? ": drained; after adding it, right-click it > Take Server Offline" : "")
                    .append('\n');
        }
        text.append("2. Farm > Health Test: URL ").append(config.scheme()).append("://").append(farm)
                .append(config.probe().path()).append(", Interval 10 seconds, Time-out 5 seconds, Acceptable status codes ")
                .append(config.probe().redirectsOk() ? "200-399" : "200").append(". Verify URL Test.\n");
        text.append("3. Farm > Server Affinity: leave \"Client affinity\" unticked. Sticky sessions are not needed when every\n"
                + "   node has the same EncryptionKey (Inedo's guide).\n");
        text.append("4. Farm > Load Balance: Weighted round robin, equal weights.\n");
        text.append("5. Farm > Routing Rules: \"Use URL Rewrite to inspect incoming requests\" on; let the rule route\n"
                + "   requests for ").append(config.listenHost().equals("_") ? "the cluster's address" : config.listenHost())
                .append(" to the farm.\n");
        text.append("6. Node header: ARR does not name the server that answered. On each node's own IIS site (if the\n"
                + "   product runs in IIS) add HTTP Response Header ").append(config.header())
                .append(" with the node's name, so the verify step\n   can see the spread; without it, verify only checks"
                        + " that every request succeeds.\n");
        return text.toString();
    }
}
