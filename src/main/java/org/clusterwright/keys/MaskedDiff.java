package org.clusterwright.keys;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A unified-style diff of the changed lines of a config file with every secret replaced by a label such as
 * {@code [key 1a2b3c4d5e6f7a8b]}. Any remaining run of 32 hex digits is masked too, so a key the plan did not know
 * about cannot slip through.
 */
final class MaskedDiff {
    private static final Pattern HEX32 = Pattern.compile("(?<![0-9A-Fa-f])[0-9A-Fa-f]{32}(?![0-9A-Fa-f])");

    private MaskedDiff() {
    }

    /** {@code masks} maps each secret value (as written in the file) to the label shown instead. */
    static List<String> of(String where, String before, String after, Map<String, String> masks) {
        List<String> old = lines(before);
        List<String> neu = lines(after);
        int prefix = 0;
        while (prefix < old.size() && prefix < neu.size() && old.get(prefix).equals(neu.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < old.size() - prefix && suffix < neu.size() - prefix
                && old.get(old.size() - 1 - suffix).equals(neu.get(neu.size() - 1 - suffix))) {
            suffix++;
        }
        List<String> diff = new ArrayList<>();
        if (prefix == old.size() && prefix == neu.size()) {
            return diff;
        }
        diff.add("--- " + where);
        diff.add("+++ " + where + " (planned)");
        diff.add("@@ line " + (prefix + 1) + " @@");
        old.subList(prefix, old.size() - suffix).forEach(line -> diff.add("-" + mask(line, masks)));
        neu.subList(prefix, neu.size() - suffix).forEach(line -> diff.add("+" + mask(line, masks)));
        return diff;
    }

    static String mask(String line, Map<String, String> masks) {
        String result = line;
        // longest first, so a key inside a connection string cannot leave half of the longer value behind
        List<Map.Entry<String, String>> ordered = new ArrayList<>(masks.entrySet());
        ordered.sort((a, b) -> b.getKey().length() - a.getKey().length());
        for (Map.Entry<String, String> mask : ordered) {
            if (!mask.getKey().isEmpty()) {
                result = result.replace(mask.getKey(), mask.getValue());
            }
        }
        return HEX32.matcher(result).replaceAll("[key]");
    }

    private static List<String> lines(String text) {
        return Arrays.asList(text.replace("\r\n", "\n").split("\n", -1));
    }
}
