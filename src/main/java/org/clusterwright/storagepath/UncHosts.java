package org.clusterwright.storagepath;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The server part of a UNC path. Windows has no bracket syntax for IPv6 in UNC paths and spells an address as
 * {@code fd00--5.ipv6-literal.net} instead; both that form and a bare or bracketed literal are accepted, and all
 * come out as the bare literal an SMB client can connect to.
 */
final class UncHosts {
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?");
    private static final Pattern IPV4_PART = Pattern.compile("0|[1-9]\\d{0,2}");
    private static final Pattern IPV6_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");
    private static final String IPV6_LITERAL_NET = ".ipv6-literal.net";

    private UncHosts() {
    }

    static Optional<String> normalise(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        if (lower.endsWith(IPV6_LITERAL_NET)) {
            String literal = lower.substring(0, lower.length() - IPV6_LITERAL_NET.length()).replace('-', ':')
                    .replace('s', '%');
            return isIpv6(literal) ? Optional.of(literal) : Optional.empty();
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.contains(":")) {
            return isIpv6(bare) ? Optional.of(bare) : Optional.empty();
        }
        if (bare.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
            return isIpv4(bare) ? Optional.of(bare) : Optional.empty();
        }
        return isName(bare) ? Optional.of(bare) : Optional.empty();
    }

    private static boolean isIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (!IPV4_PART.matcher(part).matches() || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    /** Groups of one to four hex digits, at most one {@code ::}, an optional embedded IPv4 tail and zone. */
    private static boolean isIpv6(String text) {
        int percent = text.indexOf('%');
        String address = percent < 0 ? text : text.substring(0, percent);
        if (percent >= 0 && !text.substring(percent + 1).matches("[A-Za-z0-9]+")) {
            return false;
        }
        int doubleColon = address.indexOf("::");
        if (doubleColon >= 0 && address.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        String[] groups = address.replace("::", ":x:").split(":", -1);
        int count = 0;
        for (int i = 0; i < groups.length; i++) {
            String group = groups[i];
            if (group.equals("x") || (group.isEmpty() && doubleColon >= 0 && (i == 0 || i == groups.length - 1))) {
                continue;
            }
            if (i == groups.length - 1 && group.contains(".")) {
                if (!isIpv4(group)) {
                    return false;
                }
                count += 2;
            } else if (IPV6_GROUP.matcher(group).matches()) {
                count++;
            } else {
                return false;
            }
        }
        return doubleColon >= 0 ? count < 8 : count == 8;
    }

    private static boolean isName(String text) {
        if (text.isEmpty() || text.length() > 253) {
            return false;
        }
        String name = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        for (String label : name.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }
}
