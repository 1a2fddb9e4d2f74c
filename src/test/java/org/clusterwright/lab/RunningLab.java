package org.clusterwright.lab;

import org.clusterwright.profile.SecretRef;
import org.clusterwright.secrets.InMemorySecretStore;
import org.clusterwright.secrets.Secret;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;

/** One lab for a whole test class, in a temporary folder that is deleted with it: {@code @RegisterExtension static}. */
final class RunningLab implements BeforeAllCallback, AfterAllCallback {
    private final InMemorySecretStore secrets = new InMemorySecretStore();
    private Lab lab;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        lab = Lab.start(Files.createTempDirectory("clusterwright-lab-test"), secrets);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        lab.stop();
        lab.folder().delete();
    }

    Lab lab() {
        return lab;
    }

    /** A secret the lab put in the store for its profile. */
    Secret secret(SecretRef ref) {
        return secrets.get(lab.profile().getId(), ref).orElseThrow();
    }
}
