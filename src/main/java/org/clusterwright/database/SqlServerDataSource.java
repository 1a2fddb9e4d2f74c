package org.clusterwright.database;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * SqlClient's {@code Data Source}: {@code [tcp:]host[\instance][,port]}, the host being a name, an IPv4 address, an
 * IPv6 address (bracketed or not), or {@code (local)} / {@code .} for this machine.
 *
 * @param host     the host; {@code (local)} and {@code .} become {@code localhost}, brackets are removed
 * @param instance the named instance, or null for the default instance
 * @param port     the port written after the comma, or null
 * @param ipv6     whether the host is an IPv6 literal, which JDBC needs written differently
 */
record SqlServerDataSource(String host, String instance, Integer port, boolean ipv6) {
    private static final Pattern INSTANCE = Pattern.compile("[A-Za-z_][A-Za-z0-9_$#]{0,15}");
    private static final Pattern HOST_COLON_PORT = Pattern.compile("[^:]+:\\d+");

    /** Reads the value; reports problems at their place in the input and returns null when it is unusable. */
    static SqlServerDataSource parse(Segment segment, Problems problems) {
        String value = segment.value();
        int base = segment.valuePosition();
        String rest = value;
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.startsWith("np:") || lower.startsWith("lpc:")) {
            String protocol = lower.startsWith("np:") ? "named pipes (np:)" : "shared memory (lpc:)";
            problems.error(base, "the server is reached over " + protocol + ", which only works on one machine"
                    + " or inside one Windows network share", "Cluster nodes must all reach the database over TCP:"
                    + " remove the prefix or write tcp:host,port");
            return null;
        }
        if (lower.startsWith("tcp:")) {
            rest = value.substring(4);
        }
        Integer port = null;
        int comma = rest.lastIndexOf(',');
        if (comma >= 0) {
            String portText = rest.substring(comma + 1).strip();
            int portPosition = base + value.length() - rest.length() + comma + 1;
            port = portNumber(portText);
            if (port == null) {
                problems.error(portPosition, "the port after the comma in the server must be a number from 1 to"
                        + " 65535, not " + Values.shown(portText), "Write host,port, for example sql01,1433");
                return null;
            }
            rest = rest.substring(0, comma);
        }
        String instance = null;
        int backslash = rest.indexOf('\\');
        if (backslash >= 0) {
            instance = rest.substring(backslash + 1).strip();
            if (!INSTANCE.matcher(instance).matches()) {
                problems.error(base + value.indexOf('\\') + 1, "the instance name " + Values.shown(instance)
                                + " is not a valid SQL Server instance name",
                        "Write host\\INSTANCE with a name of at most 16 letters, digits or _, for example"
                                + " sql01\\INEDO");
                return null;
            }
            rest = rest.substring(0, backslash);
        }
        return host(rest.strip(), base + Math.max(0, value.indexOf(rest.strip())), instance, port, problems);
    }

    private static SqlServerDataSource host(String host, int position, String instance, Integer port,
                                            Problems problems) {
        String lower = host.toLowerCase(Locale.ROOT);
        HostSyntax.warnIfLoopback(host, position, problems);
        if (lower.equals("(localdb)")) {
            problems.error(position, "(localdb) is SQL Server Express LocalDB, which accepts connections only from"
                    + " the same machine", "Use a SQL Server that all cluster nodes can reach over the network");
            return null;
        }
        if (host.startsWith("[") && host.endsWith("]") && HostSyntax.isIpv6(host.substring(1, host.length() - 1))) {
            return new SqlServerDataSource(host.substring(1, host.length() - 1), instance, port, true);
        }
        if (HostSyntax.isIpv6(host)) {
            return new SqlServerDataSource(host, instance, port, true);
        }
        if (lower.equals("(local)") || lower.equals(".")) {
            return new SqlServerDataSource("localhost", instance, port, false);
        }
        if (HOST_COLON_PORT.matcher(host).matches()) {
            problems.error(position, "the server " + Values.shown(host) + " gives the port after a colon, but"
                    + " SqlClient expects a comma", "Write " + host.replace(':', ',') + " instead");
            return null;
        }
        if (host.isEmpty()) {
            problems.error(position, "the server name is empty", "Write the database server's name, for example"
                    + " Data Source=sql01 or Data Source=sql01\\INEDO");
            return null;
        }
        if (!HostSyntax.isHostName(host)) {
            String why = Values.isPlaceholder(host) ? " still holds a placeholder from the documentation"
                    : " is not a valid host name or IP address";
            problems.error(position, "the server " + Values.shown(host) + why,
                    "Write the database server's DNS name or IP address, for example sql01.corp.example");
            return null;
        }
        return new SqlServerDataSource(host, instance, port, false);
    }

    private static Integer portNumber(String text) {
        if (!text.matches("\\d{1,5}")) {
            return null;
        }
        int port = Integer.parseInt(text);
        return port >= 1 && port <= 65535 ? port : null;
    }
}
