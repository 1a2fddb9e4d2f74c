package org.clusterwright.profile;

import java.net.URI;
import java.net.URISyntaxException;

/** Form checks for the http(s) addresses of nodes and the load balancer. */
public final class HttpUrls {
    private HttpUrls() {
    }

    /** What is wrong with {@code url} as a web address, or null when it is usable. */
    public static String problemWith(String url) {
        if (url == null || url.isBlank()) {
            return "no address is given.";
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            return "'" + url + "' is not a valid address (" + e.getReason() + " at character " + (e.getIndex() + 1) + ").";
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            return "'" + url + "' must start with http:// or https://.";
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return "'" + url + "' has no host name.";
        }
        if (uri.getUserInfo() != null) {
            return "'" + url + "' contains a user name or password; remove it (credentials never go in addresses).";
        }
        return null;
    }

    /** The port the address connects to, defaulting by scheme. */
    public static int portOf(URI uri) {
        if (uri.getPort() > 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** {@code host:port}, with an IPv6 literal in brackets so the port cannot be read as part of the address. */
    public static String authority(String host, int port) {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
