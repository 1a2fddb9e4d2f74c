package org.clusterwright.remote;

import com.hierynomus.smbj.SMBClient;
import com.hierynomus.smbj.connection.Connection;
import com.hierynomus.smbj.share.DiskShare;
import org.clusterwright.profile.DomainAuth;
import org.clusterwright.secrets.Secret;
import org.clusterwright.testing.DomainAccount;
import org.clusterwright.testing.DomainController;
import org.clusterwright.testing.DomainOptions;
import org.clusterwright.testing.OwnDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A domain whose DC refuses NTLM ({@code ntlm auth = disabled}), as hardened domains do: an NTLM login is refused
 * with a message that says so and points to Kerberos, nothing is written, and Kerberos still gets in.
 */
@Timeout(120)
class SmbLoginRefusalsTest {
    @RegisterExtension
    static final OwnDomain DOMAIN = new OwnDomain(DomainOptions.plain().with("ntlm auth", "disabled"));

    @Test
    void ntlmIsRefusedWithARemedyAndKerberosStillGetsIn() throws Exception {
        DomainController dc = DOMAIN.controller();
        DomainAccount svc = dc.serviceAccount();
        FolderAccessException refused = RefusedLogOns.on(dc, svc.downLevel(), svc.password(),
                DomainAuth.NTLM);
        assertThat(refused.kind()).as(refused.getMessage()).isEqualTo(FolderAccessException.Kind.NTLM_REFUSED);
        assertThat(refused.getMessage()).contains("refuses NTLM");
        assertThat(refused.remedy()).contains("Kerberos");
        try (SMBClient client = SmbLoginDomainTest.client(); Connection connection = client.connect(dc.address())) {
            SmbLogin.Authenticated kerberos = SmbLogin.authenticate(connection, svc.downLevel(),
                    Secret.of(svc.password()), DomainAuth.AUTO);
            assertThat(kerberos.mechanism()).isEqualTo(SmbLogin.KERBEROS);
            try (DiskShare share = (DiskShare) kerberos.session().connectShare(DomainController.SHARE)) {
                assertThat(share.list("")).isNotNull();
            }
        }
        try (var files = Files.list(dc.shareFolder())) {
            assertThat(files).isEmpty();
        }
    }
}
