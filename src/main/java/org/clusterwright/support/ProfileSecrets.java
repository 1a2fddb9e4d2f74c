package org.clusterwright.support;

import org.clusterwright.keys.NodeKeyReader;
import org.clusterwright.nodes.NodeConfigFolders;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.secrets.Secret;
import org.clusterwright.secrets.SecretStore;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The secrets a profile refers to, by reference name, as far as {@code store} holds them: what the support bundle
 * looks for before it is written, including those only the keyring holds (the wizard stored them in an earlier
 * session), which this process would otherwise never have seen.
 */
public final class ProfileSecrets {
    private ProfileSecrets() {
    }

    public static Map<String, Secret> held(Profile profile, SecretStore store) {
        Map<String, Secret> held = new LinkedHashMap<>();
        for (SecretRef ref : referencesOf(profile)) {
            store.get(profile.getId(), ref).filter(secret -> !secret.isEmpty())
                    .ifPresent(secret -> held.put(ref.name(), secret));
        }
        return held;
    }

    static Set<SecretRef> referencesOf(Profile profile) {
        Set<SecretRef> refs = new LinkedHashSet<>();
        SecretRef database = profile.getDatabase() == null ? null : profile.getDatabase().getPassword();
        refs.add(database == null ? SecretRef.DATABASE_PASSWORD : database);
        SecretRef storage = profile.getStorage() == null ? null : profile.getStorage().getPassword();
        refs.add(storage == null ? SecretRef.STORAGE_PASSWORD : storage);
        refs.add(SecretRef.ENCRYPTION_KEY);
        refs.add(SecretRef.API_KEY);
        for (ClusterNode node : profile.getNodes()) {
            refs.add(NodeConfigFolders.passwordRef(node));
            refs.add(NodeKeyReader.manualKeyRef(node));
        }
        return refs;
    }
}
