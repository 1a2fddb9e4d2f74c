package org.clusterwright.database;

import org.clusterwright.profile.DatabaseKind;
import org.clusterwright.profile.DatabaseSettings;
import org.clusterwright.profile.Profile;
import org.clusterwright.secrets.Secret;
import org.clusterwright.secrets.SecretStore;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a typed password out of the profile: a connection string that holds one gives it to the secret store, under
 * the profile's reference, and keeps the rest. Read leniently, as far as the text goes, so a string that does not
 * parse yet (half typed, a misplaced quote) still loses its password before anything is saved.
 */
public final class ConnectionStringPasswords {
    /** A password entry by its look alone: the keyword and its value up to the next ';'. */
    private static final Pattern LOOSE_PASSWORD = Pattern.compile("(?i)(?:^|;)\\s*(password|pwd|psw)\\s*=([^;]*)");

    private ConnectionStringPasswords() {
    }

    /**
     * Moves the password of the profile's connection string, if it holds one, into {@code secrets}.
     *
     * @return true when the profile changed
     */
    public static boolean takeOut(Profile profile, SecretStore secrets) {
        DatabaseSettings settings = profile.getDatabase();
        String text = settings.getConnectionString();
        if (text == null || text.isBlank()) {
            return false;
        }
        KeyValueSyntax.Result syntax = KeyValueSyntax.read(text, new Problems());
        List<Segment> passwords = syntax.segments().stream()
                .filter(segment -> isPassword(settings.getKind(), segment)).toList();
        Optional<String> password = passwords.isEmpty() ? Optional.empty()
                // the last entry is the one the product uses, as with every repeated keyword
                : Optional.of(passwords.get(passwords.size() - 1).value());
        String rest = passwords.isEmpty() ? text
                : ConnectionStringText.of(syntax, segment -> isPassword(settings.getKind(), segment)).withoutPassword();
        // what the syntax could not place (a quote left open swallows the entries after it) is cut out by its look
        Matcher loose = LOOSE_PASSWORD.matcher(rest);
        if (loose.find()) {
            password = password.or(() -> Optional.of(unquoted(loose.group(2))));
            rest = LOOSE_PASSWORD.matcher(rest).replaceAll("");
        }
        if (password.isEmpty() && rest.equals(text)) {
            return false;
        }
        password.filter(value -> !value.isEmpty())
                .ifPresent(value -> secrets.put(profile.getId(), settings.passwordRef(), Secret.of(value)));
        settings.setPassword(settings.passwordRef());
        settings.setConnectionString(rest);
        return true;
    }

    private static String unquoted(String value) {
        String text = value.strip();
        if (text.length() >= 2 && (text.startsWith("\"") || text.startsWith("'")) && text.endsWith(text.substring(0, 1))) {
            return text.substring(1, text.length() - 1);
        }
        return text.replaceFirst("^[\"']", "");
    }

    private static boolean isPassword(DatabaseKind kind, Segment segment) {
        return switch (kind) {
            case SQL_SERVER -> SqlServerKeyword.find(segment.lookupKey()) == SqlServerKeyword.PASSWORD;
            case POSTGRESQL -> PostgresKeyword.find(segment.lookupKey()) == PostgresKeyword.PASSWORD;
        };
    }
}
