package org.clusterwright.database;

import java.util.ArrayList;
import java.util.List;

/**
 * Npgsql's {@code Host}: one host, or a comma-separated list for failover, each optionally with {@code :port} and
 * IPv6 literals in brackets when they carry a port.
 */
final class PostgresHosts {

    private PostgresHosts() {
    }

    /** Returns the endpoints, or null after reporting why the value cannot be used. */
    static List<PostgresConnectionString.Endpoint> parse(Segment segment, int defaultPort, Problems problems) {
        String value = segment.value();
        if (value.isEmpty()) {
            problems.error(segment.valuePosition(), "'Host' is empty", "Write the database server's name, for"
                    + " example Host=inedodb.corp.example");
            return null;
        }
        if (value.startsWith("/") || value.startsWith("@")) {
            problems.error(segment.valuePosition(), "'Host' is a Unix-domain socket, which only this machine can"
                    + " use", "Cluster nodes must reach the database over TCP: write its network name");
            return null;
        }
        List<PostgresConnectionString.Endpoint> endpoints = new ArrayList<>();
        int offset = 0;
        for (String part : value.split(",", -1)) {
            int position = segment.valuePosition() + offset + (part.length() - part.stripLeading().length());
            offset += part.length() + 1;
            PostgresConnectionString.Endpoint endpoint = endpoint(part.strip(), position, defaultPort, problems);
            if (endpoint == null) {
                return null;
            }
            endpoints.add(endpoint);
        }
        if (endpoints.size() > 1) {
            problems.warning(segment.valuePosition(), "'Host' lists " + endpoints.size() + " servers; Npgsql tries"
                    + " them in turn, but Inedo documents a single server", "Point Host at one address (a"
                    + " load-balanced or failover name) unless Inedo support advised a list");
        }
        return endpoints;
    }

    private static PostgresConnectionString.Endpoint endpoint(String part, int position, int defaultPort,
                                                              Problems problems) {
        String host = part;
        String portText = null;
        if (part.startsWith("[") && part.indexOf(']') > 0) {
            host = part.substring(1, part.indexOf(']'));
            String after = part.substring(part.indexOf(']') + 1);
            portText = after.startsWith(":") ? after.substring(1) : after.isEmpty() ? null : after;
        } else if (!HostSyntax.isIpv6(part) && part.indexOf(':') >= 0) {
            host = part.substring(0, part.lastIndexOf(':'));
            portText = part.substring(part.lastIndexOf(':') + 1);
        }
        boolean ipv6 = HostSyntax.isIpv6(host);
        if (host.isEmpty() || !(ipv6 || HostSyntax.isHostName(host))) {
            String why = host.isEmpty() ? "an empty server name"
                    : Values.shown(host) + (Values.isPlaceholder(host) ? ", a placeholder from the documentation"
                    : ", which is not a valid host name or IP address");
            problems.error(position, "'Host' holds " + why, "Write the database server's DNS name or IP address,"
                    + " for example Host=inedodb.corp.example");
            return null;
        }
        int port = defaultPort;
        if (portText != null) {
            Integer parsed = portText.matches("\\d{1,5}") ? Integer.valueOf(portText) : null;
            if (parsed == null || parsed < 1 || parsed > 65535) {
                problems.error(position + part.length() - portText.length(), "the port after '" + host + ":' must"
                        + " be a number from 1 to 65535, not " + Values.shown(portText), "Write host:port, for"
                        + " example inedodb:5432, or use the Port keyword");
                return null;
            }
            port = parsed;
        }
        HostSyntax.warnIfLoopback(host, position, problems);
        return new PostgresConnectionString.Endpoint(host, port, ipv6);
    }
}
