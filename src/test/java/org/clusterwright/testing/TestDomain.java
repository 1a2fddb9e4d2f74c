package org.clusterwright.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Hands test classes one plain {@link DomainController} shared by the whole test run: provisioning costs about
 * 6 s, so it happens once, and JUnit closes it when the run ends. A class that needs a DC of its own (NTLM off, a
 * wrong clock) starts one with {@link DomainController#start} instead. Use with
 * {@code @ExtendWith(TestDomain.class)} and a {@code DomainController} parameter.
 */
public final class TestDomain implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestDomain.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DomainController.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        DomainRequirements.assumeAvailable();
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("shared", key -> startShared(), Shared.class).controller().useForKerberos();
    }

    private static Shared startShared() {
        try {
            Path folder = Files.createTempDirectory("cw-domain-");
            return new Shared(DomainController.start(folder, DomainOptions.plain()));
        } catch (Exception e) {
            throw new IllegalStateException("the shared test domain controller did not start: " + e.getMessage(), e);
        }
    }

    /** Closed by JUnit at the end of the run, with the root context's store. */
    private record Shared(DomainController controller) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            controller.close();
        }
    }
}
