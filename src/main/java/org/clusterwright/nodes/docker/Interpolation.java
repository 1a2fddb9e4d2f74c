package org.clusterwright.nodes.docker;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Compose's variable substitution, as far as config values need it: $NAME, ${NAME}, ${NAME:-default}, $$. */
final class Interpolation {
    private static final Pattern VARIABLE = Pattern.compile(
            "\\$\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?}|\\$([A-Za-z_][A-Za-z0-9_]*)");

    private Interpolation() {
    }

    static String fill(String value, Map<String, String> variables) {
        Matcher matcher = VARIABLE.matcher(value);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String replacement;
            if (matcher.group().equals("$$")) {
                replacement = "$";
            } else {
                String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(3);
                String fallback = matcher.group(2) == null ? "" : matcher.group(2);
                String found = variables.get(name);
                replacement = found == null || found.isEmpty() ? fallback : found;
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
