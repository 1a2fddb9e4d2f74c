package org.clusterwright.cli;

import org.clusterwright.nodes.NodeConfigFolders;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Profile;
import org.clusterwright.secrets.Secret;
import org.clusterwright.secrets.SecretStore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Puts the nodes' SMB passwords into the secret store from where a command line may safely take them: the
 * environment variable {@value #VARIABLE} (one password for every node) or a password file. Never from an
 * argument, which other users can read in the process list and which lands in shell history.
 */
final class NodePasswords {
    static final String VARIABLE = "CLUSTERWRIGHT_NODE_PASSWORD";

    private NodePasswords() {
    }

    /**
     * A password file holds either one line (the password for every node) or lines {@code node-name=password};
     * a node named in the file uses its own line. {@code environment} is the command's view of the environment.
     */
    static void load(Profile profile, Path passwordFile, SecretStore secrets, Function<String, String> environment) {
        List<String> lines = passwordFile == null ? List.of() : read(passwordFile);
        String shared = environment.apply(VARIABLE);
        List<String> nonEmpty = lines.stream().filter(line -> !line.isEmpty()).toList();
        if (nonEmpty.size() == 1 && profile.getNodes().stream().noneMatch(n -> nonEmpty.get(0).startsWith(n.getName() + "="))) {
            shared = nonEmpty.get(0);
        }
        for (ClusterNode node : profile.getNodes()) {
            if (node.getAccess() != NodeAccess.WINDOWS_SMB || node.getLocalConfigFolder() != null) {
                continue;
            }
            String own = nonEmpty.stream().filter(line -> node.getName() != null && line.startsWith(node.getName() + "="))
                    .map(line -> line.substring(node.getName().length() + 1)).findFirst().orElse(shared);
            if (own != null && !own.isEmpty()) {
                secrets.put(profile.getId(), NodeConfigFolders.passwordRef(node), Secret.of(own));
            }
        }
    }

    private static List<String> read(Path file) {
        try {
            // a trailing newline is the editor's, not the password's; other whitespace is kept
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(line -> line.endsWith("\r") ? line.substring(0, line.length() - 1) : line).toList();
        } catch (IOException e) {
            throw UsableInputException.unusable("the password file " + file + " cannot be read ("
                    + e.getClass().getSimpleName() + ").");
        }
    }
}
