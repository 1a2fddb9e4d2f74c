package org.clusterwright.cluster;

import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeRole;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.VersionLine;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The manual items of step 4 for a profile's product and version line, with the ticks kept in the profile. No
 * version line has a documented setting name for "Enable High-Availability" (the facts list the cluster settings'
 * key names as unconfirmed), so switching it on is a guided item on the node's Administration page, never a guessed
 * API call.
 */
public final class HaChecklist {
    /** The item every version line ends with: each node restarted, one at a time. */
    public static final String RESTART = "restart";
    private final Profile profile;
    private final Clock clock;

    public HaChecklist(Profile profile, Clock clock) {
        this.profile = profile;
        this.clock = clock;
    }

    public HaChecklist(Profile profile) {
        this(profile, Clock.systemUTC());
    }

    /** The items in the order the guide gives them, each with its tick state. */
    public List<HaItem> items() {
        Map<String, String> ticks = profile.getHighAvailability().getConfirmed();
        List<HaItem> items = new ArrayList<>();
        for (String[] item : itemsWithoutState()) {
            items.add(new HaItem(item[0], item[1], item[2], item[3], Optional.ofNullable(ticks.get(item[0]))));
        }
        return items;
    }

    /** Records that the administrator has done {@code key} (the caller saves the profile). */
    public void tick(String key) {
        requireKnown(key);
        profile.getHighAvailability().confirm(key, Instant.now(clock).toString());
    }

    public void untick(String key) {
        requireKnown(key);
        profile.getHighAvailability().unconfirm(key);
    }

    /** The node's Administration page, where the cluster dialog is reached. */
    public static String administrationPage(ClusterNode node) {
        String base = node.getBaseUrl() == null ? "" : node.getBaseUrl().strip();
        return base.isEmpty() ? "" : (base.endsWith("/") ? base : base + "/") + "administration";
    }

    private void requireKnown(String key) {
        if (itemsWithoutState().stream().noneMatch(item -> item[0].equals(key))) {
            throw new IllegalArgumentException("no HA item '" + key + "' for " + profile.getProduct() + " "
                    + profile.getVersionLine().displayName());
        }
    }

    /** key, node, text, link. */
    private List<String[]> itemsWithoutState() {
        String product = profile.getProduct().displayName();
        List<ClusterNode> inCluster = profile.getNodes().stream().filter(ClusterNode::isHaEnabled).toList();
        String firstPage = inCluster.isEmpty() ? "" : administrationPage(inCluster.get(0));
        String firstName = inCluster.isEmpty() ? "" : NodeTargets.of(inCluster.get(0));
        List<String[]> items = new ArrayList<>();
        VersionLine line = profile.getVersionLine();
        switch (line) {
            case V2025_AND_NEWER, V2023_TO_2024 -> items.add(new String[] {"enable-ha", "", "On any node (" + firstName
                    + "): Administration > Cluster Overview > More Info > configure; tick \"Enable High-Availability"
                    + " (Automatic Fail-over)\" and Save Configuration. Leave Heartbeat " + HaProcedure.HEARTBEAT_SECONDS
                    + " s and Stale timer " + HaProcedure.STALE_TIMER_MINUTES + " min on the Advanced tab: lower values"
                    + " make failovers happen too readily.", firstPage});
            case V2022 -> {
                items.add(new String[] {"enable-load-balancing", "", "In " + product + " on " + firstName + ": Configure"
                        + " Load Balancing > Enable Load Balancing.", firstPage});
                items.add(new String[] {"enable-ha-mode", "", "Then Configure High Availability Mode > Enable High"
                        + " Availability Mode.", firstPage});
                items.add(new String[] {"messenger-endpoint", "", "Administration > Advanced Settings: set"
                        + " Service.MessengerEndpoint to tcp://*:" + HaProcedure.MESSENGER_PORT + ".", firstPage});
            }
            case PROGET_5_3_AND_OLDER -> { }
        }
        for (ClusterNode node : inCluster) {
            String name = NodeTargets.of(node);
            String page = administrationPage(node);
            boolean service = node.getRoles().contains(NodeRole.SERVICE);
            if ((line == VersionLine.V2023_TO_2024 || line == VersionLine.V2022) && service) {
                items.add(new String[] {"messenger-port@" + name, name, "Allow inbound TCP " + HaProcedure.MESSENGER_PORT
                        + " (the service messenger) on " + name + " from the other nodes.", ""});
            }
            if (line == VersionLine.V2022 && service) {
                items.add(new String[] {"node-messenger-endpoint@" + name, name, "On the cluster page, click [change]"
                        + " next to " + name + "'s service and enter tcp://" + node.getHost() + ":"
                        + HaProcedure.MESSENGER_PORT + ".", page});
            }
            if (line == VersionLine.PROGET_5_3_AND_OLDER) {
                items.add(new String[] {"machine-key@" + name, name, name.equals(firstName)
                        ? "IIS Manager on " + name + ": ProGet site > Machine Key > validation SHA1, encryption Auto,"
                                + " untick the check boxes, Generate Keys, Apply."
                        : "IIS Manager on " + name + ": ProGet site > Machine Key > same settings, enter the validation"
                                + " and decryption keys generated on " + firstName + ", Apply.", ""});
            }
        }
        items.add(new String[] {RESTART, "", "Restart " + String.join(" and ", HaProcedure.services(profile.getProduct(),
                line)) + " on every node, one node at a time, each back healthy before the next (the restart plan).", ""});
        return items;
    }
}
