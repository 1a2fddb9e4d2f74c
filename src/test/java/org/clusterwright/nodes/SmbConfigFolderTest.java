package org.clusterwright.nodes;

import org.clusterwright.nodes.NodeAccessException.Problem;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Product;
import org.clusterwright.remote.Credentials;
import org.clusterwright.secrets.Secret;
import org.clusterwright.testing.SambaServer;
import org.clusterwright.testing.SambaShare;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SMB folder against a real smbd that requires encryption: every primitive, and every failure in plain words. */
class SmbConfigFolderTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    static Path dir;
    static SambaServer server;
    static Path sharedConfig;

    @BeforeAll
    static void startServer() throws Exception {
        Path c = Files.createDirectories(dir.resolve("c"));
        sharedConfig = Files.createDirectories(c.resolve("ProgramData/Inedo/SharedConfig"));
        Path readOnly = Files.createDirectories(dir.resolve("ro/ProgramData/Inedo/SharedConfig"));
        Files.writeString(readOnly.resolve("ProGet.config"), "<InedoAppConfig/>");
        server = SambaServer.builder(dir)
                .share("C$", c)
                .share(SambaShare.of("RO", dir.resolve("ro")).asReadOnly())
                .global("server smb encrypt", "required")
                .start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private static ConfigLocation location(String share) {
        ClusterNode node = new ClusterNode("n1", server.host(), NodeAccess.WINDOWS_SMB, null);
        node.setSmbPort(server.port());
        node.setConfigShare(share);
        return ConfigLocation.of(node, Product.PROGET);
    }

    private static ConfigFolder open(String share, String password) throws NodeAccessException {
        return SmbConfigFolder.open(location(share), Credentials.of(server.user(), Secret.of(password)), TIMEOUT);
    }

    @Test
    void readsCreatesReplacesListsAndDeletesThroughTheAdminShare() throws Exception {
        Files.writeString(sharedConfig.resolve("ProGet.config"), "original");
        try (ConfigFolder folder = open("C$", server.password())) {
            assertThat(folder.describe("ProGet.config"))
                    .isEqualTo("\\\\127.0.0.1:" + server.port() + "\\C$\\ProgramData\\Inedo\\SharedConfig\\ProGet.config");
            assertThat(new String(folder.read("ProGet.config"), StandardCharsets.UTF_8)).isEqualTo("original");
            folder.checkWritable("ProGet.config");
            folder.create("ProGet.config.tmp", "replacement".getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(() -> folder.create("ProGet.config.tmp", new byte[1]))
                    .isInstanceOf(NodeAccessException.class).hasMessageContaining("already exists");
            assertThat(folder.list()).containsExactly("ProGet.config", "ProGet.config.tmp");
            folder.replace("ProGet.config.tmp", "ProGet.config");
            assertThat(folder.list()).containsExactly("ProGet.config");
            assertThat(folder.exists("ProGet.config")).isTrue();
            assertThat(Files.readString(sharedConfig.resolve("ProGet.config"))).isEqualTo("replacement");
            folder.create("scratch", new byte[0]);
            folder.delete("scratch");
            assertThat(folder.exists("scratch")).isFalse();
        }
    }

    @Test
    void aWrongPasswordIsALogonFailureThatNamesTheUserButNotThePassword() {
        String wrong = "Wrong-Passw0rd-" + System.nanoTime();
        assertThatThrownBy(() -> open("C$", wrong))
                .isInstanceOfSatisfying(NodeAccessException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.LOGON_FAILURE);
                    assertThat(e.getMessage()).contains("STATUS_LOGON_FAILURE").contains(server.user())
                            .doesNotContain(wrong);
                    assertThat(e.remedy()).contains("password");
                });
    }

    @Test
    void aMissingShareIsNamed() {
        assertThatThrownBy(() -> open("D$", server.password()))
                .isInstanceOfSatisfying(NodeAccessException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.NO_SUCH_SHARE);
                    assertThat(e.getMessage()).contains("\\\\127.0.0.1\\D$").contains("STATUS_BAD_NETWORK_NAME");
                });
    }

    @Test
    void aMissingFileAsksWhetherTheProductIsInstalled() throws Exception {
        try (ConfigFolder folder = open("C$", server.password())) {
            assertThatThrownBy(() -> folder.read("Otter.config"))
                    .isInstanceOfSatisfying(NodeAccessException.class, e -> {
                        assertThat(e.problem()).isEqualTo(Problem.FILE_MISSING);
                        assertThat(e.getMessage()).contains("Otter.config").contains("does not exist");
                        assertThat(e.remedy()).contains("installed");
                    });
        }
    }

    @Test
    void aReadOnlyShareRefusesWritesAsAccessDenied() throws Exception {
        try (ConfigFolder folder = open("RO", server.password())) {
            assertThat(folder.read("ProGet.config")).isNotEmpty();
            assertThatThrownBy(() -> folder.checkWritable("ProGet.config"))
                    .isInstanceOfSatisfying(NodeAccessException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.ACCESS_DENIED));
            assertThatThrownBy(() -> folder.create("ProGet.config.tmp", new byte[1]))
                    .isInstanceOfSatisfying(NodeAccessException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.ACCESS_DENIED));
        }
    }

    @Test
    void aClosedPortIsUnreachable() throws Exception {
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        ClusterNode node = new ClusterNode("n1", "127.0.0.1", NodeAccess.WINDOWS_SMB, null);
        node.setSmbPort(closed);
        assertThatThrownBy(() -> SmbConfigFolder.open(ConfigLocation.of(node, Product.PROGET),
                Credentials.of("u", Secret.of("p")), TIMEOUT))
                .isInstanceOfSatisfying(NodeAccessException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.UNREACHABLE);
                    assertThat(e.getMessage()).contains("127.0.0.1:" + closed);
                });
    }
}
