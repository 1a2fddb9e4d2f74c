package org.clusterwright.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;

/**
 * A domain controller of a test class's own, for what the shared one must not be (NTLM off, a wrong clock):
 * {@code @RegisterExtension static OwnDomain domain = new OwnDomain(options)}. Started before the class, made the
 * JVM's Kerberos realm, and stopped after it with no process left behind.
 */
public final class OwnDomain implements BeforeAllCallback, AfterAllCallback {
    private final DomainOptions options;
    private DomainController controller;

    public OwnDomain(DomainOptions options) {
        this.options = options;
    }

    public DomainController controller() {
        return controller;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        controller = DomainController.start(Files.createTempDirectory("cw-domain-own-"), options);
        controller.useForKerberos();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (controller != null) {
            controller.close();
            if (!controller.processesLeft().isEmpty()) {
                throw new AssertionError("the domain controller left processes behind: " + controller.processesLeft());
            }
        }
    }
}
