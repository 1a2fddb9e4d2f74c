package org.clusterwright.keys;

import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Looks for secrets in text, for the tests that prove none leaks. */
public final class SecretScan {
    private SecretScan() {
    }

    /** The forms a 32-hex key might leak in besides itself: a GUID with dashes, and its 16 bytes in base64. */
    public static List<String> keyForms(String key) {
        String hex = key.toLowerCase(Locale.ROOT);
        return List.of(hex, hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                        + hex.substring(16, 20) + "-" + hex.substring(20),
                Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex)));
    }

    /** Compared without case, which covers upper- and lower-case hex, and exactly, for case-sensitive base64. */
    public static void assertNoSecret(String where, String text, List<String> secrets) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String secret : secrets) {
            assertThat(lower).as("a secret in " + where).doesNotContain(secret.toLowerCase(Locale.ROOT));
            assertThat(text).as("a secret in " + where).doesNotContain(secret);
        }
    }
}
