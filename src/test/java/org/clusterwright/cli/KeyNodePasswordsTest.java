package org.clusterwright.cli;

import org.clusterwright.nodes.NodeConfigFolders;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Profile;
import org.clusterwright.secrets.InMemorySecretStore;
import org.clusterwright.secrets.Secret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Node passwords come from the environment or a password file, never from an argument. */
class KeyNodePasswordsTest {
    @TempDir
    Path dir;

    private final Profile profile = new Profile();
    private final InMemorySecretStore secrets = new InMemorySecretStore();

    KeyNodePasswordsTest() {
        profile.setNodes(List.of(new ClusterNode("node-1", "h1", NodeAccess.WINDOWS_SMB, null),
                new ClusterNode("node-2", "h2", NodeAccess.WINDOWS_SMB, null),
                new ClusterNode("docker", "h3", NodeAccess.DOCKER, null)));
    }

    private Optional<String> passwordOf(int node) {
        return secrets.get(profile.getId(), NodeConfigFolders.passwordRef(profile.getNodes().get(node))).map(Secret::reveal);
    }

    @Test
    void theEnvironmentVariableServesEveryWindowsNode() {
        NodePasswords.load(profile, null, secrets, name -> name.equals(NodePasswords.VARIABLE) ? "from-env" : null);
        assertThat(passwordOf(0)).contains("from-env");
        assertThat(passwordOf(1)).contains("from-env");
        assertThat(passwordOf(2)).isEmpty();
    }

    @Test
    void aFileGivesOnePasswordForAllOrOnePerNodeAndKeepsEqualsSigns() throws Exception {
        Function<String, String> empty = name -> null;
        Path one = Files.writeString(dir.resolve("one"), "a=b c\n");
        NodePasswords.load(profile, one, secrets, empty);
        assertThat(passwordOf(0)).contains("a=b c");

        Path each = Files.writeString(dir.resolve("each"), "node-1=first=1\r\nnode-2=second\n");
        NodePasswords.load(profile, each, secrets, empty);
        assertThat(passwordOf(0)).contains("first=1");
        assertThat(passwordOf(1)).contains("second");
    }

    @Test
    void thereIsNoPasswordOption() {
        assertThat(CommandLineApp.create(System::getenv).getSubcommands().get("keys").getSubcommands().get("apply")
                .getCommandSpec().options()).noneMatch(option -> option.longestName().toLowerCase().contains("password")
                && !option.longestName().equals("--password-file"));
    }
}
