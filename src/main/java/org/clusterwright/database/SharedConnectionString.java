package org.clusterwright.database;

import org.clusterwright.profile.DatabaseKind;
import org.clusterwright.profile.DatabaseSettings;
import org.clusterwright.profile.Profile;
import org.clusterwright.secrets.Secret;
import org.clusterwright.secrets.SecretStore;

import java.util.Optional;

/**
 * The connection string of step 1 as every node's config file must hold it: the profile keeps it without its
 * password, the secret store keeps the password, and only here are the two put back together, as a {@link Secret}.
 *
 * @param kind     which database, and so which config element takes it
 * @param complete the full text, password included
 * @param masked   the same text with the password masked, to show
 */
public record SharedConnectionString(DatabaseKind kind, Secret complete, String masked) {

    /** What {@link #of} found: the string, or why there is none to hand out. */
    public record Lookup(Optional<SharedConnectionString> value, String reason) {
    }

    public static Lookup of(Profile profile, SecretStore secrets) {
        DatabaseSettings settings = profile.getDatabase();
        String text = settings.getConnectionString();
        if (text == null || text.isBlank()) {
            return none("Step 1 has no connection string.");
        }
        Optional<ConnectionString> parsed = ConnectionStringParser.parse(settings.getKind(), text).value();
        if (parsed.isEmpty()) {
            return none("Step 1's connection string does not parse; fix it on the Database page first.");
        }
        ConnectionString value = parsed.get();
        Optional<Secret> password = password(profile, secrets);
        if (password.isPresent()) {
            value = value.withPassword(password.get());
        } else if (value.password().isEmpty() && value.user().isPresent()) {
            // handing out a string with a user and no password would make every node fail to log in
            return none("The database password is not known (" + secrets.describe() + " has none for this profile); "
                    + "enter it on the Database page, or set CLUSTERWRIGHT_DB_PASSWORD.");
        }
        return new Lookup(Optional.of(new SharedConnectionString(settings.getKind(), value.complete(), value.masked())), "");
    }

    /** The database password: under the profile's reference, else the default name a face may have filled in. */
    public static Optional<Secret> password(Profile profile, SecretStore secrets) {
        return secrets.get(profile.getId(), profile.getDatabase().passwordRef());
    }

    /** The password of the service account Integrated Security logs in as, from the profile's store. */
    public static Optional<Secret> servicePassword(Profile profile, SecretStore secrets) {
        return secrets.get(profile.getId(), profile.getDatabase().serviceAccountPasswordRef());
    }

    private static Lookup none(String reason) {
        return new Lookup(Optional.empty(), reason);
    }

    @Override
    public String toString() {
        return "SharedConnectionString[" + masked + "]";
    }
}
