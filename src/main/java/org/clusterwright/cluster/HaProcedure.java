package org.clusterwright.cluster;

import org.clusterwright.keys.MachineKey;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.VersionLine;

import java.util.ArrayList;
import java.util.List;

/**
 * What switching High Availability on means for each product and release line, as Inedo's guides describe it.
 * The wizard shows these items and the report lists them as the manual steps they are.
 */
public final class HaProcedure {
    /** Defaults of the cluster's Advanced tab; Inedo advises against lower values. */
    public static final int HEARTBEAT_SECONDS = 30;
    public static final int STALE_TIMER_MINUTES = 5;
    public static final int MESSENGER_PORT = 33237;

    private HaProcedure() {
    }

    public static List<String> itemsFor(Product product, VersionLine line) {
        List<String> items = new ArrayList<>();
        switch (line) {
            case V2025_AND_NEWER -> items.add("In " + product + ": Administration > Cluster Overview > More Info > "
                    + "configure, tick \"Enable High-Availability (Automatic Fail-over)\" and save.");
            case V2023_TO_2024 -> {
                items.add("In " + product + ": Administration > Cluster Overview > More Info > configure, tick "
                        + "\"Enable High-Availability (Automatic Fail-over)\" and save.");
                items.add("Open TCP port " + MESSENGER_PORT + " (the service messenger) between all nodes.");
            }
            case V2022 -> {
                items.add("In " + product + ": Configure Load Balancing > Enable Load Balancing.");
                items.add("Then Configure High Availability Mode > Enable High Availability Mode.");
                items.add("Set Service.MessengerEndpoint to tcp://*:" + MESSENGER_PORT + " in Advanced Settings, and "
                        + "each service node's endpoint to tcp://<node-ip>:" + MESSENGER_PORT + ".");
            }
            // the pair Clusterwright generated replaces Inedo's "Generate Keys on the first server, copy to the rest"
            case PROGET_5_3_AND_OLDER -> items.add(MachineKey.instructions());
        }
        items.add("Restart " + String.join(" and ", services(product, line)) + " on every node, one node at a time.");
        return items;
    }

    /** The Windows service names to restart, by release line. */
    public static List<String> services(Product product, VersionLine line) {
        String core = switch (product) {
            case PROGET -> "INEDOPROGET";
            case BUILDMASTER -> "INEDOBM";
            case OTTER -> "INEDOOTTER";
        };
        return line == VersionLine.V2025_AND_NEWER ? List.of(core + "SVC") : List.of(core + "SVC", core + "WEBSVC");
    }
}
