package org.clusterwright.identity;

import org.clusterwright.secrets.Secret;
import org.clusterwright.testing.DomainController;
import org.clusterwright.testing.DomainOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Files;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A domain controller whose clock runs two hours ahead (faketime): the KDC refuses the service account's login
 * with KRB_AP_ERR_SKEW, and Clusterwright says to synchronise the clock rather than to check the password.
 */
@Timeout(120)
class ClockSkewedDomainTest {
    static DomainController dc;

    @BeforeAll
    static void start() throws Exception {
        dc = DomainController.start(Files.createTempDirectory("cw-domain-skewed-"),
                DomainOptions.plain().clockAhead(Duration.ofHours(2)));
        System.setProperty("java.security.krb5.conf", dc.krb5Conf().toString());
    }

    @AfterAll
    static void stop() {
        if (dc != null) {
            dc.close();
            assertThat(dc.processesLeft()).isEmpty();
        }
    }

    @Test
    void theKdcRefusesTheLoginForClockSkewAndTheRemedyIsToSynchroniseTheClock() {
        DomainIdentity account = DomainIdentity.parse(dc.serviceAccount().principal()).orElseThrow();

        KerberosLogin.KerberosException refused = catchThrowableOfType(
                () -> KerberosLogin.login(account, Secret.of(dc.serviceAccount().password())),
                KerberosLogin.KerberosException.class);

        assertThat(refused).as("the login must fail").isNotNull();
        KerberosFailure failure = refused.failure();
        assertThat(failure.kind()).as(failure.message()).isEqualTo(KerberosFailure.Kind.CLOCK_SKEW);
        assertThat(failure.code()).isEqualTo(37);
        assertThat(failure.summary(account.shown(), "")).contains("clock differs from the domain controller's");
        assertThat(failure.remedy(account.shown(), "")).contains("w32tm /resync");
    }
}
