package org.clusterwright.remote;

import org.clusterwright.profile.DomainAuth;
import org.clusterwright.secrets.Secret;
import org.clusterwright.testing.DomainController;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** How the product's own SMB session reports a logon to a test domain's share that the server or domain refused. */
public final class RefusedLogOns {
    private RefusedLogOns() {
    }

    public static FolderAccessException on(DomainController dc, String user, String password, DomainAuth auth) {
        FolderAccessException refused = catchThrowableOfType(() -> SmbSession.open(
                new ShareAddress(dc.address(), ShareAddress.SMB_PORT, DomainController.SHARE, ""),
                Credentials.of(user, Secret.of(password)).with(auth), Duration.ofSeconds(10)).close(),
                FolderAccessException.class);
        assertThat(refused).as("the logon of " + user + " must fail").isNotNull();
        return refused;
    }
}
