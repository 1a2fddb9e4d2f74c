package org.clusterwright.ui.viewmodel;

import org.clusterwright.Version;
import org.clusterwright.cluster.restart.RestartPlan;
import org.clusterwright.cluster.restart.RestartStep;
import org.clusterwright.keys.KeyChoice;
import org.clusterwright.lab.LabWarnings;
import org.clusterwright.profile.Profile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.clusterwright.cluster.restart.CommandLines.shellQuoted;

/**
 * What the wizard does, as the {@code clusterwright} command lines that do the same: check, plan, apply (the key and
 * ProGet's storage path, on the same proofs), the restarts in order, and a last check. To repeat it, or to attach to
 * a change ticket. It names no secret: the commands read them from the keyring the wizard keeps them in, or from the
 * environment or a secrets file.
 */
public final class ChangeScript {
    private ChangeScript() {
    }

    /** A POSIX shell script; its first argument may name another profile file than {@code profileFile}. */
    public static String of(Profile profile, Path profileFile, ChangeSummary summary, RestartPlan restarts) {
        boolean lab = LabWarnings.isLabProfile(profileFile);
        String options = options(summary);
        List<String> lines = new ArrayList<>(List.of(
                "#!/bin/sh",
                "# " + profile.getProduct().displayName() + " cluster \"" + profile.getName() + "\": what the"
                        + " Clusterwright wizard does, as command lines.",
                "# Saved by Clusterwright " + Version.get() + " from " + profileFile + ".",
                "# No password or key is in this file. The commands read them from the OS keyring the wizard keeps them"
                        + " in, or from",
                "# CLUSTERWRIGHT_DB_PASSWORD, CLUSTERWRIGHT_STORAGE_PASSWORD, CLUSTERWRIGHT_NODE_PASSWORD,"
                        + " CLUSTERWRIGHT_PROGET_API_KEY,",
                "# or a file of NAME=value lines given with --secrets-file.",
                "# Usage: sh THIS-FILE [PROFILE]",
                "",
                "PROFILE=\"${1:-" + profileFile.toAbsolutePath() + "}\"",
                keyFileLine(summary.choice(), profile),
                "# exit code 1 is warnings: go on; 2 or more is a failure: stop there",
                "run() { \"$@\"; code=$?; if [ \"$code\" -gt 1 ]; then echo \"stopped: $* (exit $code)\" >&2;"
                        + " exit \"$code\"; fi; }",
                "",
                "# 1. Check every step; nothing is changed (what fails here is what the next steps fix).",
                "clusterwright check --profile \"$PROFILE\"",
                "# 2. What apply changes, node by node, secrets masked (a node with another key fails here: apply"
                        + " fixes it).",
                "clusterwright plan --profile \"$PROFILE\"" + options,
                "# 3. The key on every node (a backup beside each file, read back), then ProGet's storage path once"
                        + " the storage probe of the same run passed.",
                "run clusterwright apply --profile \"$PROFILE\" --yes" + options));
        lines.add("# 4. " + restarts.title() + ": one node at a time, each healthy before the next.");
        if (lab) {
            lines.add("LAB=\"$(dirname \"$PROFILE\")\"");
        }
        for (RestartStep step : restarts.steps()) {
            lines.add("# " + step.target() + ": " + step.how());
            for (String command : step.commands()) {
                lines.add(shellLine(command, lab, profileFile));
            }
        }
        lines.add("# 5. Verify the cluster as it is now: health, version and key on every node, the balancer's spread.");
        lines.add("run clusterwright check --profile \"$PROFILE\" --step key,verify");
        return String.join("\n", lines) + "\n";
    }

    /** A typed or generated key is read from a file the person names, never written into the script. */
    private static String keyFileLine(KeyChoice choice, Profile profile) {
        return switch (choice.kind()) {
            case ADOPT_COMMON, ADOPT_FROM -> "";
            case TYPED, GENERATE -> "KEY_FILE=\"${KEY_FILE:?set KEY_FILE to a file holding the cluster's key, fingerprint "
                    + profile.getEncryptionKey().getFingerprint() + "}\"";
        };
    }

    /** The options that repeat the wizard's key decision; a typed or generated key is given by file, never here. */
    private static String options(ChangeSummary summary) {
        KeyChoice choice = summary.choice();
        String decision = switch (choice.kind()) {
            case ADOPT_COMMON -> "";
            case ADOPT_FROM -> " --adopt-from " + shellQuoted(choice.node().orElseThrow());
            case TYPED, GENERATE -> " --key-file \"$KEY_FILE\"";
        };
        return decision + (summary.handOut() ? "" : " --keep-connection-strings");
    }

    /**
     * A restart line as the shell runs it. The lab's lines name the lab's folder, which is the profile's, so they
     * follow $PROFILE; a Windows node's PowerShell is kept as a comment, to run in PowerShell.
     */
    private static String shellLine(String command, boolean lab, Path profileFile) {
        if (command.startsWith("#")) {
            return command;
        }
        if (lab) {
            // 'lab restart' returns once the node has read its config again; its address is this lab's, not another's
            return command.startsWith("until curl") ? "# the lab's node is back once 'lab restart' returns"
                    : command.replace(shellQuoted(profileFile.toAbsolutePath().getParent().toString()), "\"$LAB\"");
        }
        boolean powerShell = command.contains("Restart-Service") || command.contains("Invoke-WebRequest");
        return powerShell ? "# PowerShell: " + command : command;
    }
}
