package org.clusterwright.identity;

import org.clusterwright.secrets.Secret;
import org.clusterwright.testing.DomainOptions;
import org.clusterwright.testing.OwnDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A domain controller whose clock runs two hours ahead (faketime): the KDC refuses the service account's login
 * with KRB_AP_ERR_SKEW, and Clusterwright says to synchronise the clock rather than to check the password; an SMB
 * session with Kerberos is refused the same way, even when NTLM would be allowed, and writes nothing.
 */
@Timeout(120)
class ClockSkewedDomainTest {
    @RegisterExtension
    static final OwnDomain DOMAIN = new OwnDomain(DomainOptions.plain().clockAhead(Duration.ofHours(2)));

    @Test
    void theKdcRefusesTheLoginForClockSkewAndTheRemedyIsToSynchroniseTheClock() {
        DomainIdentity account = DomainIdentity.parse(DOMAIN.controller().serviceAccount().principal()).orElseThrow();

        KerberosLogin.KerberosException refused = catchThrowableOfType(
                () -> KerberosLogin.login(account, Secret.of(DOMAIN.controller().serviceAccount().password())),
                KerberosLogin.KerberosException.class);

        assertThat(refused).as("the login must fail").isNotNull();
        KerberosFailure failure = refused.failure();
        assertThat(failure.kind()).as(failure.message()).isEqualTo(KerberosFailure.Kind.CLOCK_SKEW);
        assertThat(failure.code()).isEqualTo(37);
        assertThat(failure.summary(account.shown(), "")).contains("clock differs from the domain controller's");
        assertThat(failure.remedy(account.shown(), "")).contains("w32tm /resync");
    }

    @Test
    void anSmbLoginWithKerberosIsRefusedForClockSkewAndWritesNothing() throws Exception {
        try (com.hierynomus.smbj.SMBClient client = new com.hierynomus.smbj.SMBClient(
                org.clusterwright.smb.SmbClients.config(Duration.ofSeconds(10)));
             com.hierynomus.smbj.connection.Connection connection = client.connect(DOMAIN.controller().address())) {
            org.clusterwright.remote.SmbLogin.KerberosRefused refused = catchThrowableOfType(
                    () -> org.clusterwright.remote.SmbLogin.authenticate(connection,
                            DOMAIN.controller().serviceAccount().downLevel(),
                            Secret.of(DOMAIN.controller().serviceAccount().password()),
                            org.clusterwright.profile.DomainAuth.AUTO),
                    org.clusterwright.remote.SmbLogin.KerberosRefused.class);

            assertThat(refused).as("the login must fail").isNotNull();
            assertThat(refused.failure().kind()).isEqualTo(KerberosFailure.Kind.CLOCK_SKEW);
            assertThat(org.clusterwright.remote.RefusedLogOns.on(DOMAIN.controller(),
                    DOMAIN.controller().serviceAccount().downLevel(), DOMAIN.controller().serviceAccount().password(),
                    org.clusterwright.profile.DomainAuth.AUTO).getMessage()).contains("clock differs");
        }
        try (var files = Files.list(DOMAIN.controller().shareFolder())) {
            assertThat(files).isEmpty();
        }
    }
}
