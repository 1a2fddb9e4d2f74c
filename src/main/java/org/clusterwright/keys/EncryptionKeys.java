package org.clusterwright.keys;

import org.clusterwright.secrets.Secret;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The product EncryptionKey: 16 random bytes written as 32 hex characters. Keys are compared and shown by
 * fingerprint only, so the key itself never has to appear on screen, in a profile or in a report.
 */
public final class EncryptionKeys {
    private static final Pattern HEX32 = Pattern.compile("[0-9a-fA-F]{32}");
    private static final Pattern GUID = Pattern.compile(
            "\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}?");
    /** Template tokens that deployment tools replace: %VAR%, ${VAR}, $(VAR), {{VAR}}, #{VAR}, __VAR__, @@VAR@@, <VAR>. */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "%[\\w.-]+%|\\$\\{[^}]*}|\\$\\([^)]*\\)|\\{\\{[^}]*}}|#\\{[^}]*}|__\\w+__|@@\\w+@@|<[^>]+>|\\$[A-Z_][A-Z0-9_]*");
    private static final SecureRandom RANDOM = new SecureRandom();

    private EncryptionKeys() {
    }

    public static Secret generate() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Secret.of(HexFormat.of().formatHex(bytes));
    }

    /**
     * Checks a typed or pasted key. Surrounding space is ignored and a GUID (the {@code New-Guid} form Inedo's
     * manual install suggests) is accepted once its dashes are removed.
     */
    public static KeyInput parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return KeyInput.invalid("No key was entered.");
        }
        if (HEX32.matcher(text).matches()) {
            return KeyInput.valid(Secret.of(text), "");
        }
        if (GUID.matcher(text).matches()) {
            String hex = text.replace("-", "").replace("{", "").replace("}", "");
            return KeyInput.valid(Secret.of(hex), "This is a GUID; its dashes were removed, as the product expects "
                    + "32 hex characters.");
        }
        long hexDigits = text.chars().filter(c -> Character.digit(c, 16) >= 0).count();
        if (hexDigits == text.length()) {
            return KeyInput.invalid("The key has " + text.length() + " hex characters; it needs exactly 32 (16 bytes).");
        }
        return KeyInput.invalid("The key may contain only hex characters 0-9 and a-f (a GUID with dashes is "
                + "also accepted); it has " + (text.length() - hexDigits) + " other characters.");
    }

    /**
     * Judges a value read from a node by the same rule as a typed one: 32 hex characters, or a GUID, which a node
     * may hold as Inedo's manual install suggests. Anything else (a placeholder a deployment script was meant to
     * replace, a truncated value) is not a key: it is never fingerprinted or compared, and the reason never quotes
     * it, since a truncated key is still most of a secret.
     *
     * @return empty when {@code held} is a key, else why it is not
     */
    public static Optional<String> notAKey(String held) {
        String text = held == null ? "" : held.strip();
        if (HEX32.matcher(text).matches() || GUID.matcher(text).matches()) {
            return Optional.empty();
        }
        if (text.isEmpty()) {
            return Optional.of("the element is empty");
        }
        if (PLACEHOLDER.matcher(text).find()) {
            return Optional.of("it looks like a placeholder that a deployment script was meant to replace");
        }
        return Optional.of(parse(text).error().replace("The key has", "it has").replace("The key may", "a key may"));
    }

    /** The first 8 bytes of the SHA-256 of the lower-cased key, in hex: safe to show, compare and store. */
    public static String fingerprint(Secret key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(key.reveal().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A checked key: either a usable key (with an optional note) or the reason it is not one. */
    public record KeyInput(Secret key, String note, String error) {
        static KeyInput valid(Secret key, String note) {
            return new KeyInput(key, note, "");
        }

        static KeyInput invalid(String error) {
            return new KeyInput(null, "", error);
        }

        public boolean isValid() {
            return key != null;
        }
    }
}
