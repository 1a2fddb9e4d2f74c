package org.clusterwright.cli;

import org.clusterwright.profile.Profile;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.secrets.InMemorySecretStore;
import org.clusterwright.secrets.Secret;
import org.clusterwright.secrets.SecretStore;
import org.clusterwright.secrets.SecretStores;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The secrets a command needs: the database password from {@value #DATABASE_PASSWORD}, the storage account's from
 * {@value #STORAGE_PASSWORD}, the nodes' SMB passwords from {@value NodePasswords#VARIABLE} or a password file, any
 * of them from a secrets file (which wins), and whatever is given none of these ways from the OS keyring. What is
 * given is kept in memory for this run only. The environment is the one picocli's factory handed the command, so
 * tests can give their own.
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
        return load(profile, passwordFile, null, environment);
    }

    static SecretStore load(Profile profile, Path passwordFile, Path secretsFile, Function<String, String> environment) {
        return load(profile, passwordFile, secretsFile, environment, () -> SecretStores.open(environment));
    }

    /** {@code keyring} is asked only for a secret that was not given. */
    static SecretStore load(Profile profile, Path passwordFile, Path secretsFile, Function<String, String> environment,
                            Supplier<SecretStore> keyring) {
        SecretStore given = new InMemorySecretStore();
        String password = environment.apply(DATABASE_PASSWORD);
        if (password != null && !password.isEmpty()) {
            given.put(profile.getId(), profile.getDatabase().passwordRef(), Secret.of(password));
        }
        String storagePassword = environment.apply(STORAGE_PASSWORD);
        if (storagePassword != null && !storagePassword.isEmpty()) {
            given.put(profile.getId(), profile.getStorage().passwordRef(), Secret.of(storagePassword));
        }
        String apiKey = environment.apply(PROGET_API_KEY);
        if (apiKey != null && !apiKey.isEmpty()) {
            given.put(profile.getId(), SecretRef.API_KEY, Secret.of(apiKey));
        }
        NodePasswords.load(profile, passwordFile, given, environment);
        if (secretsFile != null) {
            for (Map.Entry<SecretRef, Secret> secret : SecretsFile.read(secretsFile).entrySet()) {
                given.put(profile.getId(), secret.getKey(), secret.getValue());
            }
        }
        return new CommandSecretStore(given, keyring);
    }
}
