package org.clusterwright.database;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the shape of a host name or IP literal without a DNS lookup: the parser must answer instantly, and the
 * machine running Clusterwright may not resolve names the nodes can. Underscores are allowed because Docker and
 * Compose service names (inedo_sql) use them and resolvers accept them.
 */
final class HostSyntax {
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+(%[A-Za-z0-9]+)?");

    /** Names under which every node reaches itself, so the nodes would not share one database. */
    private static final Set<String> LOOPBACK = Set.of("localhost", "(local)", ".", "::1", "[::1]");

    private HostSyntax() {
    }

    static boolean isHostName(String host) {
        if (host.isEmpty() || host.length() > 253) {
            return false;
        }
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        for (String label : name.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    /** An IPv6 literal without brackets: at least two colons and only hex digits, dots and a zone. */
    static boolean isIpv6(String text) {
        return IPV6.matcher(text).matches() && text.chars().filter(c -> c == ':').count() >= 2;
    }

    static boolean isLoopback(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return LOOPBACK.contains(lower) || lower.startsWith("127.") || lower.endsWith(".localhost");
    }

    /** The warning both parsers give, because a cluster on localhost is the single most common wiring mistake. */
    static void warnIfLoopback(String host, int position, Problems problems) {
        if (isLoopback(host)) {
            problems.warning(position, "the server is '" + host + "', which every node reads as itself, so each"
                            + " node would use its own database instead of one shared database",
                    "Use the database server's network name or IP address, the same one on every node");
        }
    }
}
