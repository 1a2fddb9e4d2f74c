package org.clusterwright.cli;

import org.clusterwright.engine.WriteGate;
import org.clusterwright.keys.EncryptionKeys;
import org.clusterwright.keys.KeyChoice;
import org.clusterwright.profile.Profile;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The options 'keys plan' and 'keys apply' share: which profile, how to reach the nodes, what to decide. */
final class KeyOptions {
    @Option(names = "--profile", required = true, paramLabel = "FILE", description = "The cluster's profile.")
    Path profileFile;

    @Option(names = "--password-file", paramLabel = "PATH", description = "The nodes' SMB passwords: one line for "
            + "all nodes, or lines NODE=password. Otherwise taken from " + NodePasswords.VARIABLE + ".")
    Path passwordFile;

    @Mixin
    SecretsFileOption secrets;

    @Option(names = "--adopt-from", paramLabel = "NODE", description = "Adopt the key this node has.")
    String adoptFrom;

    @Option(names = "--key-file", paramLabel = "PATH",
            description = "Use the key in this file (for example the original key from a backup).")
    Path keyFile;

    @Option(names = "--generate", description = "Generate a new key. Over an existing key or installation this "
            + "needs --confirm-generate.")
    boolean generate;

    @Option(names = "--confirm-generate", paramLabel = "TEXT", description = "Type exactly: "
            + org.clusterwright.keys.KeyPlan.GENERATE_CONFIRMATION)
    String confirmation;

    /** What the user says of the database, for when it cannot be asked. */
    enum Installation { auto, existing, none }

    @Option(names = "--installation", paramLabel = "WHAT", defaultValue = "auto", description = "Whether the "
            + "database holds an installation: auto (ask it with the profile's connection string and "
            + CommandSecrets.DATABASE_PASSWORD + "), existing or none. A statement counts only when the database "
            + "cannot be asked; with neither, an existing installation is assumed and a new key is never generated "
            + "unconfirmed (default: ${DEFAULT-VALUE}).")
    Installation installation;

    @Option(names = "--keep-connection-strings", description = "Leave each node's connection string as it is. "
            + "Otherwise every node gets the profile's (its password from " + CommandSecrets.DATABASE_PASSWORD + ").")
    boolean keepConnectionStrings;

    @Option(names = "--force", paramLabel = "GATE", split = ",", description = "Write without the proof this gate "
            + "asks for, recorded in the report as apply.forced: storage (the storage probe of this run passed for the"
            + " path) or connection-string (db.login passed as the string's own user). Use with care.")
    List<String> force = List.of();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "15",
            description = "Deadline for reaching each node, in seconds (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json.")
    CheckCommand.Format format;

    Profile loadProfile() {
        return CommandProfiles.load(profileFile);
    }

    Duration deadline() {
        if (!(timeoutSeconds > 0) || timeoutSeconds > 3600) {
            throw UsableInputException.unusable("--timeout must be between 0 and 3600 seconds, not " + timeoutSeconds);
        }
        return Duration.ofMillis(Math.round(timeoutSeconds * 1000));
    }

    /** The gates the user chose to skip. */
    Set<WriteGate> forcedGates() {
        try {
            return force.stream().map(WriteGate::fromId).collect(Collectors.toUnmodifiableSet());
        } catch (IllegalArgumentException e) {
            throw UsableInputException.unusable("--force: " + e.getMessage());
        }
    }

    /** What the user stated about the installation, if anything. */
    Optional<Boolean> statedInstallation() {
        return installation == Installation.auto ? Optional.empty() : Optional.of(installation == Installation.existing);
    }

    /** The user's choice; what is known of the installation is added from the survey when planning. */
    KeyChoice choice() {
        int choices = (adoptFrom != null ? 1 : 0) + (keyFile != null ? 1 : 0) + (generate ? 1 : 0);
        if (choices > 1) {
            throw UsableInputException.unusable("choose one of --adopt-from, --key-file and --generate.");
        }
        if (confirmation != null && !generate && keyFile == null) {
            throw UsableInputException.unusable("--confirm-generate goes with --generate (or --key-file).");
        }
        if (adoptFrom != null) {
            return KeyChoice.adoptFrom(adoptFrom);
        }
        if (generate) {
            return KeyChoice.generate(confirmation);
        }
        if (keyFile != null) {
            EncryptionKeys.KeyInput key = EncryptionKeys.parse(readKey());
            if (!key.isValid()) {
                throw UsableInputException.unusable("the key in " + keyFile + " is not usable: " + key.error());
            }
            return KeyChoice.typed(key.key(), confirmation);
        }
        return KeyChoice.adoptCommon();
    }

    private String readKey() {
        try {
            return Files.readString(keyFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw UsableInputException.unusable("the key file " + keyFile + " cannot be read (" + e.getClass().getSimpleName() + ").");
        }
    }
}
