package org.clusterwright.cluster;

import org.clusterwright.profile.ClusterNode;
import org.clusterwright.cluster.health.NodeProbe;
import org.clusterwright.profile.LineProcedure;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.NodeRole;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.RestartWords;
import org.clusterwright.profile.WebHosting;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What switching High Availability on means for a profile's product and release line, as Inedo's guides describe
 * it: the manual items of step 4, with the ticks kept in the profile. The wizard shows them, the report lists them
 * and {@code ha.switch} counts the open ones. No version line has a documented setting name for "Enable
 * High-Availability" (the facts list the cluster settings' key names as unconfirmed), so switching it on is a guided
 * item on the node's Administration page, never a guessed API call.
 */
public final class HaChecklist {
    /** The item every version line ends with: each node restarted, one at a time. */
    public static final String RESTART = "restart";
    /** Defaults of the cluster's Advanced tab; Inedo advises against lower values. */
    public static final int HEARTBEAT_SECONDS = 30;
    public static final int STALE_TIMER_MINUTES = 5;
    /** The service messenger's port: Inedo's recommendation from 2022 on, used for the older lines too. */
    public static final int MESSENGER_PORT = 33237;

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
        return itemsWithoutState().stream().map(item -> new HaItem(item.key(), item.node(), item.text(), item.link(),
                Optional.ofNullable(ticks.get(item.key())))).toList();
    }

    /** Records that the administrator has done {@code key} (the caller saves the profile). */
    public void tick(String key) {
        requireKnown(key);
        // to the second: a tick is a person's word or a run's end, and nanoseconds only clutter the report
        profile.getHighAvailability().confirm(key, Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
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
        if (itemsWithoutState().stream().noneMatch(item -> item.key().equals(key))) {
            throw new IllegalArgumentException("no HA item '" + key + "' for " + profile.getProduct() + " "
                    + profile.getVersionLine().displayName());
        }
    }

    private List<HaItem> itemsWithoutState() {
        LineProcedure line = profile.getVersionLine().procedure();
        List<ClusterNode> inCluster = profile.getNodes().stream().filter(ClusterNode::isHaEnabled).toList();
        String firstPage = inCluster.isEmpty() ? "" : administrationPage(inCluster.get(0));
        String firstName = inCluster.isEmpty() ? "" : inCluster.get(0).targetName();
        List<HaItem> items = new ArrayList<>(hosting(line));
        items.addAll(haSwitch(line.haSwitch(), firstName, firstPage));
        items.addAll(switch (line.messenger()) {
            case TCP_ENDPOINTS -> List.of(item("messenger-endpoint", "", "Administration > Advanced Settings: set"
                    + " Service.MessengerEndpoint to tcp://*:" + MESSENGER_PORT + ".", firstPage));
            case TCP_WILDCARD -> List.of(item("messenger-endpoint", "", "Administration > Advanced Settings: set"
                    + " Service.MessengerEndpoint to tcp://*:" + MESSENGER_PORT + " (the TCP messenger; the primary"
                    + " service node's address takes the star's place).", firstPage));
            case TCP_PORT, NONE -> List.of();
        });
        // the machine key is IIS's, so only Windows servers have one (the 5.3-era container image has none)
        List<ClusterNode> iisNodes = inCluster.stream().filter(n -> !n.getAccess().container()).toList();
        String firstIis = iisNodes.isEmpty() ? "" : iisNodes.get(0).targetName();
        for (ClusterNode node : inCluster) {
            if (node.getRoles().contains(NodeRole.SERVICE)) {
                items.addAll(messenger(line.messenger(), node));
            }
            if (!node.getAccess().container()) {
                items.addAll(switch (line.loginCookie()) {
                    case IIS_MACHINE_KEY -> List.of(machineKey(node.targetName(), firstIis));
                    case ENCRYPTION_KEY -> List.of();
                });
            }
        }
        if (profile.getNodes().stream().anyMatch(n -> n.getAccess() == NodeAccess.KUBERNETES)) {
            items.addAll(KubernetesTips.items(profile.getProduct(), NodeProbe.of(profile.getProduct()).path()));
        }
        String balancer = profile.getLoadBalancer().getUrl();
        if (profile.getProduct() == Product.PROGET && balancer != null && !balancer.isBlank()) {
            items.add(item("web-base-url", "", "Administration > Advanced Settings: set Web.BaseUrl to " + balancer.strip()
                    + ", the load balancer's address (Inedo: behind a proxy it must be the proxy's URL, or Docker"
                    + " logins fail).", firstPage));
        }
        items.add(item(RESTART, "", "Restart " + RestartWords.ofAll(profile) + ": one node at a time, each back"
                + " healthy before the next (the restart plan).", ""));
        return items;
    }

    /** On lines whose guide balances only IIS-hosted nodes, an item when the profile says another hosting. */
    private List<HaItem> hosting(LineProcedure line) {
        WebHosting hosting = profile.getHighAvailability().webHosting(profile.getVersionLine());
        boolean windowsNodes = profile.getNodes().stream().anyMatch(n -> !n.getAccess().container());
        return switch (line.balancing()) {
            case ANY_HOSTING -> List.of();
            case IIS_ONLY -> hosting == WebHosting.IIS || !windowsNodes ? List.of()
                    : List.of(item("iis-hosting", "", "Host " + profile.getProduct() + "'s web application in IIS on"
                    + " every Windows node: Inedo's load-balancing guide for " + profile.getVersionLine().displayName()
                    + " says load balancing is only supported with IIS (the profile says " + hosting.displayName()
                    + ").", ""));
        };
    }

    private List<HaItem> haSwitch(LineProcedure.HaSwitch haSwitch, String firstName, String firstPage) {
        return switch (haSwitch) {
            case CLUSTER_DIALOG -> List.of(item("enable-ha", "", "On any node (" + firstName + "): Administration >"
                    + " Cluster Overview > More Info > configure; tick \"Enable High-Availability (Automatic"
                    + " Fail-over)\" and Save Configuration. Leave Heartbeat " + HEARTBEAT_SECONDS + " s and Stale"
                    + " timer " + STALE_TIMER_MINUTES + " min on the Advanced tab: lower values make failovers happen"
                    + " too readily.", firstPage));
            case ENABLE_PAGES -> List.of(
                    item("enable-load-balancing", "", "In " + profile.getProduct().displayName() + " on " + firstName
                            + ": Configure Load Balancing > Enable Load Balancing.", firstPage),
                    item("enable-ha-mode", "", "Then Configure High Availability Mode > Enable High Availability Mode.",
                            firstPage));
        };
    }

    /** A service node's messenger items: the port open to the other nodes (published, for a container). */
    private static List<HaItem> messenger(LineProcedure.Messenger messenger, ClusterNode node) {
        String name = node.targetName();
        String open = node.getAccess().container()
                ? "Publish TCP " + MESSENGER_PORT + " of " + name + "'s container (-p " + MESSENGER_PORT + ":"
                + MESSENGER_PORT + ") and allow it in its host's firewall from the other nodes (the service messenger)."
                : "Allow inbound TCP " + MESSENGER_PORT + " (the service messenger) on " + name + " from the other"
                + " nodes.";
        HaItem port = item("messenger-port@" + name, name, open, "");
        return switch (messenger) {
            case NONE -> List.of();
            case TCP_PORT, TCP_WILDCARD -> List.of(port);
            case TCP_ENDPOINTS -> List.of(port, item("node-messenger-endpoint@" + name, name, "On the cluster page,"
                    + " click [change] next to " + name + "'s service and enter tcp://" + node.getHost() + ":"
                    + MESSENGER_PORT + ".", administrationPage(node)));
        };
    }

    private static HaItem machineKey(String name, String firstName) {
        return item("machine-key@" + name, name, name.equals(firstName)
                ? "IIS Manager on " + name + ": ProGet site > Machine Key > validation SHA1, encryption Auto, untick"
                        + " the check boxes, Generate Keys, Apply."
                : "IIS Manager on " + name + ": ProGet site > Machine Key > same settings, enter the validation and"
                        + " decryption keys generated on " + firstName + ", Apply.", "");
    }

    private static HaItem item(String key, String node, String text, String link) {
        return new HaItem(key, node, text, link, Optional.empty());
    }
}
