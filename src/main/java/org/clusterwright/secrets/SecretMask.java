package org.clusterwright.secrets;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last line of defence of the journal and the report: every text that enters either passes through here. The
 * engine already keeps secrets out of results; this catches what slipped through anyway, since both are handed to
 * people who must never see a key. It masks the values it is told about, {@code Password=...} pairs, and anything shaped like an
 * EncryptionKey: 32 or more hex digits, a GUID, or base64 of 16 bytes or more. Fingerprints (16 hex digits) stay.
 */
public final class SecretMask {
    private static final Pattern PASSWORD_PAIR = Pattern.compile(
            "(?i)\\b(password|pwd|passwd)(\\s*[=:]\\s*)(\"[^\"]*\"|'[^']*'|[^;,\\s\"'<>&]+)");
    /** What instructions write where the reader puts their own password ("...", PASSWORD, ***), or a mask already. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\.{3}|PASSWORD|\\*+|\\[.*");
    private static final Pattern GUID = Pattern.compile(
            "(?<![0-9A-Fa-f])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f])");
    private static final Pattern HEX = Pattern.compile("(?<![0-9A-Fa-f])[0-9A-Fa-f]{32,}(?![0-9A-Fa-f])");
    private static final Pattern BASE64 = Pattern.compile("(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{22,}={0,2}(?![A-Za-z0-9+/=])");
    public static final String KEY_LABEL = "[key masked]";
    public static final String SECRET_LABEL = "[secret masked]";

    private final List<String> known;

    private SecretMask(List<String> known) {
        this.known = known;
    }

    /** Masks the shapes of secrets only. */
    public static SecretMask patterns() {
        return new SecretMask(List.of());
    }

    /**
     * Also masks these exact values (passwords the caller holds), longest first so no part of one survives. Values
     * under four characters are left out: masking every "ab" in a report would garble it and protect nothing.
     */
    public static SecretMask knowing(Collection<String> values) {
        List<String> sorted = new ArrayList<>(values.stream().filter(v -> v != null && v.length() >= 4).toList());
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return new SecretMask(List.copyOf(sorted));
    }

    public String apply(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        String result = text;
        for (String value : known) {
            result = result.replace(value, SECRET_LABEL);
        }
        result = PASSWORD_PAIR.matcher(result).replaceAll(m -> Matcher.quoteReplacement(
                PLACEHOLDER.matcher(m.group(3)).matches() ? m.group() : m.group(1) + m.group(2) + SECRET_LABEL));
        result = GUID.matcher(result).replaceAll(Matcher.quoteReplacement(KEY_LABEL));
        result = HEX.matcher(result).replaceAll(Matcher.quoteReplacement(KEY_LABEL));
        return BASE64.matcher(result).replaceAll(m -> Matcher.quoteReplacement(
                looksLikeBase64Secret(m.group()) ? SECRET_LABEL : m.group()));
    }

    /**
     * Padded base64 is masked whatever it holds. Unpadded runs are masked only when long and mixed like random bytes,
     * and never when they contain '/', so that a path such as {@code var/lib/proget/Packages2024} survives.
     */
    private static boolean looksLikeBase64Secret(String token) {
        if (token.endsWith("=")) {
            return true;
        }
        boolean digit = token.chars().anyMatch(Character::isDigit);
        boolean upper = token.chars().anyMatch(Character::isUpperCase);
        boolean lower = token.chars().anyMatch(Character::isLowerCase);
        return token.length() >= 32 && digit && upper && lower && token.indexOf('/') < 0;
    }
}
