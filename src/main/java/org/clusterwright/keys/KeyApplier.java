package org.clusterwright.keys;

import org.clusterwright.keys.NodeApplyResult.Result;
import org.clusterwright.keys.NodeKeyChange.Action;
import org.clusterwright.nodes.ConfigElement;
import org.clusterwright.nodes.docker.DockerExport;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.VersionLine;
import org.clusterwright.secrets.Secret;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Carries out a key plan node by node, in profile order. A node that fails is reported and left as it was; the
 * others go on. Docker/Linux nodes share one set of exported files; manual nodes are left to the checklist.
 */
final class KeyApplier {
    private final ConfigFileWriter writer;
    private final Product product;
    private final VersionLine line;

    KeyApplier(ConfigFileWriter writer, Product product, VersionLine line) {
        this.writer = writer;
        this.product = product;
        this.line = line;
    }

    List<NodeApplyResult> apply(KeyPlan plan, Optional<Path> exportFolder, KeyApplyListener listener) {
        if (!plan.canApply()) {
            throw new IllegalStateException("this plan cannot be applied (" + plan.decision() + ", "
                    + plan.blockers().size() + " blocked nodes); nothing was written");
        }
        Secret key = plan.key().orElseThrow();
        ConfigValues values = ConfigValues.of(plan);
        List<NodeApplyResult> results = new ArrayList<>();
        boolean exported = false;
        int total = plan.changes().size();
        for (int i = 0; i < total; i++) {
            NodeKeyChange change = plan.changes().get(i);
            ClusterNode node = plan.readings().get(i).node();
            listener.started(change.target(), i, total);
            NodeApplyResult result;
            Optional<NodeApplyResult> failedBefore = results.stream().filter(NodeApplyResult::failed).findFirst();
            if (failedBefore.isPresent()) {
                // stop at the first failure: every node written after it would be one more to restore
                result = stopped(change, failedBefore.get());
            } else if (change.action() == Action.WRITE || change.action() == Action.NO_CHANGE && plan.readings().get(i).config().isPresent()) {
                // written even when the plan saw no change: the file is read fresh and may have changed since
                result = writer.write(node, values);
            } else if (change.action() == Action.EXPORT) {
                result = export(change, key, plan, exportFolder, exported);
                exported |= result.result() == Result.EXPORTED;
            } else {
                result = notWritten(change);
            }
            results.add(result);
            listener.finished(result, i, total);
        }
        return results;
    }

    List<NodeApplyResult> restore(List<ClusterNode> nodes, Map<String, String> backups, KeyApplyListener listener) {
        List<NodeApplyResult> results = new ArrayList<>();
        int index = 0;
        for (ClusterNode node : nodes) {
            String target = node.targetName();
            String backup = backups.get(target);
            if (backup != null) {
                listener.started(target, index, backups.size());
                NodeApplyResult result = writer.restore(node, backup);
                results.add(result);
                listener.finished(result, index++, backups.size());
            }
        }
        return results;
    }

    private NodeApplyResult export(NodeKeyChange change, Secret key, KeyPlan plan, Optional<Path> folder, boolean done) {
        if (folder.isEmpty()) {
            return new NodeApplyResult(change.target(), Result.SKIPPED, change.where(), "", change.fingerprintBefore(),
                    change.fingerprintAfter(), "No export folder was chosen for the Docker/Linux files.",
                    "Choose an export folder (--export-folder), then apply again.", Duration.ZERO);
        }
        long started = System.nanoTime();
        try {
            if (!done) {
                Optional<Secret> sql = plan.connectionElement().filter(e -> e == ConfigElement.CONNECTION_STRING)
                        .flatMap(e -> plan.connectionString());
                Optional<Secret> postgres = plan.connectionElement().filter(e -> e == ConfigElement.POSTGRES_CONNECTION_STRING)
                        .flatMap(e -> plan.connectionString());
                DockerExport.write(folder.get(), product, line.containerVariables(product), key, sql, postgres);
            }
            return new NodeApplyResult(change.target(), Result.EXPORTED, folder.get().toString(), "",
                    change.fingerprintBefore(), change.fingerprintAfter(), "Files for the key " + change.fingerprintAfter()
                    + " are in " + folder.get() + " (owner-only); deploy them to this node and recreate its container.",
                    "", Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException e) {
            return new NodeApplyResult(change.target(), Result.FAILED, folder.get().toString(), "", change.fingerprintBefore(),
                    change.fingerprintAfter(), "Could not write the Docker/Linux files to " + folder.get() + " ("
                    + e.getClass().getSimpleName() + ").", "Choose a folder you can write to.", Duration.ZERO);
        }
    }

    private static NodeApplyResult stopped(NodeKeyChange change, NodeApplyResult failure) {
        return new NodeApplyResult(change.target(), Result.SKIPPED, change.where(), "", change.fingerprintBefore(),
                change.fingerprintBefore(), "Not written: the apply stopped after " + failure.target() + " failed.",
                "", Duration.ZERO);
    }

    private static NodeApplyResult notWritten(NodeKeyChange change) {
        Result result = switch (change.action()) {
            case NO_CHANGE -> Result.UNCHANGED;
            case MANUAL_INSTRUCTIONS -> Result.MANUAL;
            // a node the plan could not read is not configured: that is a failure of this apply, not a skip
            case BLOCKED -> Result.FAILED;
            default -> Result.SKIPPED;
        };
        String message = change.action() == Action.BLOCKED ? "Not written: " + change.note() : change.note();
        return new NodeApplyResult(change.target(), result, change.where(), "", change.fingerprintBefore(),
                change.fingerprintAfter(), message, "", Duration.ZERO);
    }

}
