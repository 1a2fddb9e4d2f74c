package org.clusterwright.profile;

import java.util.Locale;

/** Turns a name people chose into lower-case letters, digits and dashes, safe in file names and secret references. */
final class Slugs {
    private Slugs() {
    }

    /** The slug of {@code text}, or {@code fallback} when nothing usable is left. */
    static String of(String text, String fallback) {
        String slug = text == null ? "" : text.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? fallback : slug;
    }
}
