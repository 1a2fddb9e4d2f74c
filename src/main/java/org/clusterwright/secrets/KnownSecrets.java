package org.clusterwright.secrets;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every secret this process has held in a {@link SecretStore}: the stores register each value put into them or read
 * from the keyring, so the log file and the support bundle can mask it wherever it turns up, whichever library
 * wrote it. Each value is kept in every form it may be written in ({@link #formsOf}). Values under four characters
 * are left out: masking every "ab" would garble the log and protect nothing.
 */
public final class KnownSecrets {
    static final int SHORTEST = 4;
    private static final Set<String> VALUES = new LinkedHashSet<>();
    /** The values longest first, so no part of a longer secret survives the masking of a shorter one. */
    private static volatile List<String> longestFirst = List.of();

    private KnownSecrets() {
    }

    public static void register(Secret secret) {
        if (secret != null) {
            register(secret.reveal());
        }
    }

    static void register(String value) {
        if (value == null || value.length() < SHORTEST) {
            return;
        }
        synchronized (VALUES) {
            if (VALUES.addAll(formsOf(value))) {
                List<String> sorted = new ArrayList<>(VALUES);
                sorted.sort(Comparator.comparingInt(String::length).reversed());
                longestFirst = List.copyOf(sorted);
            }
        }
    }

    /**
     * {@code value} as written, and as a URL (a JDBC URL, a query string), a JSON string and an XML text carry it,
     * where that differs: a secret with a quote or an ampersand in it is still found in a results file or a config.
     */
    public static Set<String> formsOf(String value) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(value);
        forms.add(URLEncoder.encode(value, StandardCharsets.UTF_8));
        forms.add(value.replace("\\", "\\\\").replace("\"", "\\\""));
        forms.add(value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;"));
        return forms;
    }

    /** Every known value in every form, longest first. */
    public static List<String> values() {
        return longestFirst;
    }
}
