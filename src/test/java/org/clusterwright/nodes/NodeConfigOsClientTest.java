package org.clusterwright.nodes;

import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.Product;
import org.clusterwright.secrets.InMemorySecretStore;
import org.clusterwright.remote.OsSmbClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Without a password, a node's config folder is reached through the OS's own SMB client as the logged-on user
 * (on Windows a UNC path through the OS file API); here a fake client maps the UNC path to a folder, since this
 * machine has no such client. Where the OS has none, the missing password is reported as before.
 */
class NodeConfigOsClientTest {
    @TempDir
    Path work;

    @Test
    void withoutAPasswordTheOsClientOpensTheUncFolderAsTheLoggedOnUser() throws Exception {
        Path standIn = Files.createDirectories(work.resolve("files.corp.example/C$/ProgramData/Inedo/SharedConfig"));
        Files.writeString(standIn.resolve("ProGet.config"), "<InedoAppConfig/>");
        List<String> asked = new ArrayList<>();
        OsSmbClient fake = fake(work, asked);

        ConfigFolder folder = new NodeConfigFolders("p", new InMemorySecretStore(), Duration.ofSeconds(5), fake)
                .open(node(), Product.PROGET);
        try {
            assertThat(new String(folder.read("ProGet.config"), StandardCharsets.UTF_8)).isEqualTo("<InedoAppConfig/>");
        } finally {
            folder.close();
        }
        assertThat(asked).containsExactly("\\\\files.corp.example\\C$\\ProgramData\\Inedo\\SharedConfig");
    }

    @Test
    void withoutAnOsClientAMissingPasswordIsStillReported() {
        NodeAccessException missing = catchThrowableOfType(() -> new NodeConfigFolders("p", new InMemorySecretStore(),
                Duration.ofSeconds(5), OsSmbClient.none()).open(node(), Product.PROGET), NodeAccessException.class);

        assertThat(missing.problem()).isEqualTo(NodeAccessException.Problem.MISSING_CREDENTIALS);
    }

    @Test
    void windowsClientNamesTheUncPathAndTheSessionsUser() {
        OsSmbClient windows = OsSmbClient.windows(Map.of("USERDOMAIN", "CORP", "USERNAME", "admin")::get);

        assertThat(windows.folder("files", "C$", "ProgramData\\Inedo\\SharedConfig").map(Path::toString))
                .contains("\\\\files\\C$\\ProgramData\\Inedo\\SharedConfig");
        assertThat(windows.loggedOnUser()).isEqualTo("CORP\\admin");
    }

    static OsSmbClient fake(Path root, List<String> asked) {
        return new OsSmbClient() {
            @Override
            public Optional<Path> folder(String host, String share, String folder) {
                asked.add("\\\\" + host + "\\" + share + "\\" + folder);
                return Optional.of(root.resolve(host).resolve(share).resolve(folder.replace('\\', '/')));
            }

            @Override
            public String loggedOnUser() {
                return "CORP\\admin";
            }
        };
    }

    private static ClusterNode node() {
        ClusterNode node = new ClusterNode();
        node.setName("node1");
        node.setHost("files.corp.example"); // never contacted: the fake client answers for it
        node.setAccessUser("CORP\\admin");
        return node;
    }
}
