package org.clusterwright.cli;

import org.clusterwright.check.ExitCodes;
import org.clusterwright.engine.KeyWorkflow;
import org.clusterwright.journal.AppliedChanges;
import org.clusterwright.keys.AppliedPlan;
import org.clusterwright.keys.KeyService;
import org.clusterwright.keys.NodeApplyResult;
import org.clusterwright.nodes.NodeAccessException;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.Profile;
import org.clusterwright.secrets.SecretStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

@Command(name = "restore", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = {"Put a node's config file back from a backup 'apply' made beside it (the newest, unless "
                + "--backup names another), read it back, then read every node again and judge key.consistent.",
                "Asks for confirmation at a terminal; without one, --yes is required."})
final class RestoreCommand implements Callable<Integer> {
    private final Function<String, String> environment;

    RestoreCommand(Function<String, String> environment) {
        this.environment = environment;
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--profile", required = true, paramLabel = "FILE", description = "The cluster's profile.")
    Path profileFile;

    @Option(names = "--node", required = true, paramLabel = "NAME", description = "The node to restore.")
    String nodeName;

    @Option(names = "--backup", paramLabel = "FILE",
            description = "The backup's file name, as 'apply' printed it (default: the newest).")
    String backupName;

    @Option(names = "--password-file", paramLabel = "PATH", description = "The nodes' SMB passwords: one line for "
            + "all nodes, or lines NODE=password. Otherwise taken from " + NodePasswords.VARIABLE + ".")
    Path passwordFile;

    @Mixin
    SecretsFileOption secrets;

    @Option(names = "--yes", description = "Restore without asking.")
    boolean yes;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "15",
            description = "Deadline for reaching each node, in seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json.")
    CheckCommand.Format format;

    @Override
    public Integer call() throws InterruptedException {
        Instant started = Instant.now();
        Profile profile = CommandProfiles.load(profileFile);
        ClusterNode node = node(profile);
        SecretStore nodeSecrets = CommandSecrets.load(profile, passwordFile, secrets.secretsFile, environment);
        KeyWorkflow workflow = new KeyWorkflow(profile, nodeSecrets, Duration.ofSeconds(timeoutSeconds));
        String backup = backup(workflow.service(), node);
        String target = node.targetName();
        if (!yes && !KeyWriting.confirmedAtTerminal("Put " + backup + " back on " + target + "?", () -> {
        })) {
            throw UsableInputException.unusable("nothing was restored. Run 'restore' again with --yes (or answer"
                    + " 'yes' at a terminal).");
        }
        AppliedPlan restored = workflow.restore(Map.of(target, backup), KeyWriting.progress(spec.commandLine().getErr()));
        CommandJournal.record(spec, profileFile, profile, "restore", KeysCommand.KEY_STEP, started,
                restored.report(), AppliedChanges.ofKeyWrites(Optional.empty(), restored.applied(),
                        NodeApplyResult.RESTORE));
        return KeysCommand.finish(spec, format, profile, started, restored.report(), null);
    }

    private ClusterNode node(Profile profile) {
        return profile.getNodes().stream().filter(n -> nodeName.equals(n.getName())).findFirst()
                .orElseThrow(() -> UsableInputException.unusable("the profile has no node named '" + nodeName
                        + "'; its nodes are " + profile.getNodes().stream().map(ClusterNode::getName)
                        .collect(Collectors.joining(", ")) + "."));
    }

    private String backup(KeyService service, ClusterNode node) {
        List<String> backups;
        try {
            backups = service.backups(node);
        } catch (NodeAccessException e) {
            throw UsableInputException.unusable("the backups of " + nodeName + " cannot be listed: " + e.getMessage() + " " + e.remedy());
        }
        if (backups.isEmpty()) {
            throw UsableInputException.unusable(nodeName + " has no backup beside its config file: 'apply' has not"
                    + " written there, or its backups were removed.");
        }
        if (backupName == null) {
            return backups.get(0);
        }
        return backups.stream().filter(b -> b.equalsIgnoreCase(backupName.strip())).findFirst()
                .orElseThrow(() -> UsableInputException.unusable("no backup named " + backupName + " beside " + nodeName
                        + "'s config file; there are: " + String.join(", ", backups) + "."));
    }
}
