package org.clusterwright.remote;

import com.hierynomus.msdtyp.AccessMask;
import com.hierynomus.mssmb2.SMB2CreateDisposition;
import com.hierynomus.mssmb2.SMB2ShareAccess;
import com.hierynomus.smbj.SMBClient;
import com.hierynomus.smbj.connection.Connection;
import com.hierynomus.smbj.share.DiskShare;
import com.hierynomus.smbj.share.File;
import org.clusterwright.identity.KerberosFailure;
import org.clusterwright.profile.DomainAuth;
import org.clusterwright.secrets.Secret;
import org.clusterwright.smb.SmbClients;
import org.clusterwright.testing.DomainAccount;
import org.clusterwright.testing.DomainController;
import org.clusterwright.testing.TestDomain;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * SMB sessions on the test domain's own share with the real SMBJ client: Kerberos (SPNEGO) for a domain account,
 * writing and reading back a file; NTLM when chosen; the domain's refusals named, with nothing written.
 */
@Timeout(120)
@ExtendWith(TestDomain.class)
class SmbLoginDomainTest {
    static DomainController dc;

    @BeforeAll
    static void domain(DomainController controller) {
        dc = controller;
    }

    @Test
    void kerberosLogsInAsTheDomainAccountAndWritesAndReadsBack() throws Exception {
        DomainAccount svc = dc.serviceAccount();
        try (SMBClient client = client(); Connection connection = client.connect(dc.address())) {
            SmbLogin.Authenticated login = SmbLogin.authenticate(connection, svc.downLevel(), Secret.of(svc.password()),
                    DomainAuth.KERBEROS);

            assertThat(login.mechanism()).isEqualTo("Kerberos");
            assertThat(login.identity()).isEqualTo("CW\\svc-proget (Kerberos)");
            try (DiskShare share = (DiskShare) login.session().connectShare(DomainController.SHARE)) {
                write(share, "probe-kerberos.txt", "written with Kerberos");
                assertThat(read(share, "probe-kerberos.txt")).isEqualTo("written with Kerberos");
                share.rm("probe-kerberos.txt");
            }
        }
    }

    @Test
    void ntlmIsUsedWhenTheAdministratorChoosesIt() throws Exception {
        DomainAccount svc = dc.serviceAccount();
        try (SMBClient client = client(); Connection connection = client.connect(dc.address())) {
            SmbLogin.Authenticated login = SmbLogin.authenticate(connection, svc.downLevel(), Secret.of(svc.password()),
                    DomainAuth.NTLM);

            assertThat(login.identity()).isEqualTo("CW\\svc-proget (NTLM)");
            try (DiskShare share = (DiskShare) login.session().connectShare(DomainController.SHARE)) {
                assertThat(share.list("")).isNotNull();
            }
        }
    }

    @Test
    void withoutAnSpnForTheServerKerberosIsRefusedAndAutoFallsBackToNtlmSayingWhy() throws Exception {
        DomainAccount svc = dc.serviceAccount();
        dc.withoutSmbSpn(() -> {
            // two clients: SMBJ hands out one connection per server and client
            try (SMBClient one = client(); Connection kerberos = one.connect(dc.address());
                 SMBClient two = client(); Connection auto = two.connect(dc.address())) {
                SmbLogin.KerberosRefused refused = catchThrowableOfType(() -> SmbLogin.authenticate(kerberos,
                        svc.downLevel(), Secret.of(svc.password()), DomainAuth.KERBEROS),
                        SmbLogin.KerberosRefused.class);
                SmbLogin.Authenticated fallback = SmbLogin.authenticate(auto, svc.downLevel(),
                        Secret.of(svc.password()), DomainAuth.AUTO);

                assertThat(refused.failure().kind()).isEqualTo(KerberosFailure.Kind.NO_SPN);
                assertThat(logOnFails(svc.downLevel(), svc.password(), DomainAuth.KERBEROS).getMessage())
                        .contains("No account in the domain has the SPN cifs/" + dc.address());
                assertThat(fallback.mechanism()).isEqualTo(SmbLogin.NTLM);
                assertThat(fallback.fallback()).contains("cifs/" + dc.address());
            }
        });
    }

    @Test
    void aWrongPasswordAndAnUnknownAccountAreTheDomainsAnswerAndWriteNothing() throws Exception {
        List<Path> before = contents();
        try (SMBClient client = client(); Connection connection = client.connect(dc.address())) {
            SmbLogin.KerberosRefused wrong = catchThrowableOfType(() -> SmbLogin.authenticate(connection,
                    dc.serviceAccount().principal(), Secret.of("Wrong-Pass-1"), DomainAuth.AUTO),
                    SmbLogin.KerberosRefused.class);
            SmbLogin.KerberosRefused unknown = catchThrowableOfType(() -> SmbLogin.authenticate(connection,
                    "CW\\svc-nobody", Secret.of("Some-Pass-1"), DomainAuth.KERBEROS), SmbLogin.KerberosRefused.class);

            assertThat(wrong.failure().kind()).isEqualTo(KerberosFailure.Kind.WRONG_PASSWORD);
            assertThat(unknown.failure().kind()).isEqualTo(KerberosFailure.Kind.UNKNOWN_ACCOUNT);
            assertThat(unknown.service()).isEqualTo("cifs/" + dc.address());
            // with NTLM allowed, an account the KDC does not know may be the server's own: NTLM then has the last word
            assertThat(logOnFails("CW\\svc-nobody", "Some-Pass-1", DomainAuth.AUTO).kind())
                    .isEqualTo(FolderAccessException.Kind.LOGON_FAILURE);
        }
        assertThat(contents()).isEqualTo(before);
    }

    /** Everything in the share, which other test classes use too. */
    static List<Path> contents() throws java.io.IOException {
        try (var files = Files.walk(dc.shareFolder())) {
            return files.sorted().toList();
        }
    }

    static FolderAccessException logOnFails(String user, String password, DomainAuth auth) {
        return RefusedLogOns.on(dc, user, password, auth);
    }

    static SMBClient client() {
        return new SMBClient(SmbClients.config(Duration.ofSeconds(10)));
    }

    static void write(DiskShare share, String name, String text) {
        try (File file = share.openFile(name, EnumSet.of(AccessMask.GENERIC_WRITE), null, SMB2ShareAccess.ALL,
                SMB2CreateDisposition.FILE_OVERWRITE_IF, null)) {
            file.write(text.getBytes(StandardCharsets.UTF_8), 0);
        }
    }

    static String read(DiskShare share, String name) throws java.io.IOException {
        try (File file = share.openFile(name, EnumSet.of(AccessMask.GENERIC_READ), null, SMB2ShareAccess.ALL,
                SMB2CreateDisposition.FILE_OPEN, null)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            file.read(bytes);
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
