package org.clusterwright.cli;

import org.clusterwright.profile.Profile;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.secrets.InMemorySecretStore;
import org.clusterwright.secrets.Secret;
import org.clusterwright.secrets.SecretStore;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * The secrets a command needs, in memory for this run only: the database password from
 * {@value #DATABASE_PASSWORD}, the storage account's from {@value #STORAGE_PASSWORD}, the nodes' SMB passwords from {@value NodePasswords#VARIABLE} or a password file.
 * The environment is the one picocli's factory handed the command, so tests can give their own.
 */
final class CommandSecrets {
    /** Where the command line takes the database password from; an option would leave it in shell history. */
    static final String DATABASE_PASSWORD = "CLUSTERWRIGHT_DB_PASSWORD";
    /** The storage service account's password, for the same reason. */
    static final String STORAGE_PASSWORD = "CLUSTERWRIGHT_STORAGE_PASSWORD";
    /** A ProGet API key with the system-administration permission, for setting the storage path. */
    static final String PROGET_API_KEY = "CLUSTERWRIGHT_PROGET_API_KEY";

    private CommandSecrets() {
    }

    static SecretStore load(Profile profile, Path passwordFile, Function<String, String> environment) {
        SecretStore secrets = new InMemorySecretStore();
        String password = environment.apply(DATABASE_PASSWORD);
        if (password != null && !password.isEmpty()) {
            SecretRef ref = profile.getDatabase().getPassword();
            secrets.put(profile.getId(), ref == null ? SecretRef.DATABASE_PASSWORD : ref, Secret.of(password));
        }
        String storagePassword = environment.apply(STORAGE_PASSWORD);
        if (storagePassword != null && !storagePassword.isEmpty()) {
            SecretRef ref = profile.getStorage().getPassword();
            secrets.put(profile.getId(), ref == null ? SecretRef.STORAGE_PASSWORD : ref, Secret.of(storagePassword));
        }
        String apiKey = environment.apply(PROGET_API_KEY);
        if (apiKey != null && !apiKey.isEmpty()) {
            secrets.put(profile.getId(), SecretRef.API_KEY, Secret.of(apiKey));
        }
        NodePasswords.load(profile, passwordFile, secrets, environment);
        return secrets;
    }
}
