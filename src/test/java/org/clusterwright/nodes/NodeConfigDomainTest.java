package org.clusterwright.nodes;

import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.DomainAuth;
import org.clusterwright.profile.Product;
import org.clusterwright.secrets.InMemorySecretStore;
import org.clusterwright.secrets.Secret;
import org.clusterwright.remote.OsSmbClient;
import org.clusterwright.testing.DomainController;
import org.clusterwright.testing.TestDomain;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A node's config folder on a share of the test domain's DC, reached as a domain account with Kerberos: the config
 * is read, a file written, renamed and read back, and deleted; a wrong password fails with the domain's reason and
 * leaves the folder as it was.
 */
@Timeout(120)
@ExtendWith(TestDomain.class)
class NodeConfigDomainTest {
    static final String CONFIG = "<InedoAppConfig><ConnectionString>Server=sql1;Database=ProGet</ConnectionString>"
            + "<EncryptionKey>00112233445566778899aabbccddeeff</EncryptionKey></InedoAppConfig>";
    static DomainController dc;
    static Path sharedConfig;

    @BeforeAll
    static void domain(DomainController controller) throws Exception {
        dc = controller;
        sharedConfig = Files.createDirectories(dc.shareFolder().resolve("node1/SharedConfig"));
        sharedConfig.toFile().setWritable(true, false);
        Files.writeString(sharedConfig.resolve("ProGet.config"), CONFIG, StandardCharsets.UTF_8);
    }

    @Test
    void kerberosReadsTheConfigAndWritesAndReadsBackAFile() throws Exception {
        ConfigFolder folder = folders(dc.serviceAccount().password()).open(node(DomainAuth.KERBEROS), Product.PROGET);
        try {
            assertThat(new String(folder.read("ProGet.config"), StandardCharsets.UTF_8)).isEqualTo(CONFIG);
            folder.create("ProGet.config.cw-probe", "written over Kerberos".getBytes(StandardCharsets.UTF_8));
            folder.replace("ProGet.config.cw-probe", "ProGet.config.cw-probe2");
            assertThat(new String(folder.read("ProGet.config.cw-probe2"), StandardCharsets.UTF_8))
                    .isEqualTo("written over Kerberos");
            folder.delete("ProGet.config.cw-probe2");
            assertThat(folder.list()).containsExactly("ProGet.config");
        } finally {
            folder.close();
        }
    }

    @Test
    void aWrongPasswordIsTheDomainsAnswerAndTheFolderStaysAsItWas() throws Exception {
        NodeAccessException refused = catchThrowableOfType(() -> folders("Wrong-Pass-1")
                .open(node(DomainAuth.AUTO), Product.PROGET), NodeAccessException.class);

        assertThat(refused.problem()).isEqualTo(NodeAccessException.Problem.LOGON_FAILURE);
        assertThat(refused.getMessage()).contains("rejected the password of CW\\svc-proget");
        assertThat(refused.remedy()).contains("Re-enter the password");
        try (var files = Files.list(sharedConfig)) {
            assertThat(files.map(file -> file.getFileName().toString()).toList()).isEqualTo(List.of("ProGet.config"));
        }
    }

    private static NodeConfigFolders folders(String password) {
        InMemorySecretStore secrets = new InMemorySecretStore();
        secrets.put("profile", NodeConfigFolders.passwordRef(node(DomainAuth.AUTO)), Secret.of(password));
        // the OS client must not step in: a password is given, so SMBJ logs in as the account
        return new NodeConfigFolders("profile", secrets, Duration.ofSeconds(10), OsSmbClient.none());
    }

    private static ClusterNode node(DomainAuth auth) {
        ClusterNode node = new ClusterNode();
        node.setName("node1");
        node.setHost(dc.address());
        node.setConfigShare(DomainController.SHARE);
        node.setConfigPath("node1\\SharedConfig");
        node.setAccessUser(dc.serviceAccount().downLevel());
        node.setAccessAuth(auth);
        return node;
    }
}
