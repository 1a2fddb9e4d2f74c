package org.clusterwright.keys;

import org.clusterwright.keys.NodeApplyResult.Result;
import org.clusterwright.nodes.ConfigFolder;
import org.clusterwright.nodes.ConfigFolderOpener;
import org.clusterwright.nodes.ConfigLocation;
import org.clusterwright.nodes.InedoAppConfig;
import org.clusterwright.nodes.NodeAccessException;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.Product;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Writes one node's config file the safe way: read it fresh, back it up beside itself, write the new content
 * to a temp name in the same folder, rename that over the original in one step, then read it back and compare.
 * If anything before the rename fails, the temp file and the backup are removed again and the node is as it was.
 */
final class ConfigFileWriter {
    private final ConfigFolderOpener folders;
    private final Product product;
    private final Clock clock;

    ConfigFileWriter(ConfigFolderOpener folders, Product product, Clock clock) {
        this.folders = folders;
        this.product = product;
        this.clock = clock;
    }

    NodeApplyResult write(ClusterNode node, ConfigValues values) {
        long started = System.nanoTime();
        String fileName = ConfigLocation.of(node, product).fileName();
        String target = node.targetName();
        String where = fileName;
        String after = EncryptionKeys.fingerprint(values.key());
        try (ConfigFolder folder = folders.open(node, product)) {
            where = folder.describe(fileName);
            byte[] original = folder.read(fileName);
            InedoAppConfig config = InedoAppConfig.parse(original, where);
            String before = config.encryptionKey().filter(held -> EncryptionKeys.notAKey(held.reveal()).isEmpty())
                    .map(EncryptionKeys::fingerprint).orElse("");
            byte[] updated = config.with(values.forFile(config));
            if (Arrays.equals(updated, original)) {
                return new NodeApplyResult(target, Result.UNCHANGED, where, "", before, after,
                        "Already uses the key " + after + "; nothing written.", "", since(started));
            }
            String backup = replace(folder, fileName, original, updated);
            try {
                verify(folder, fileName, updated, where);
            } catch (NodeAccessException e) {
                return new NodeApplyResult(target, Result.FAILED, where, backup, before, after, e.getMessage()
                        + " The previous file is in " + backup + ".", e.remedy(), since(started));
            }
            return new NodeApplyResult(target, Result.APPLIED, where, backup, before, after, "EncryptionKey "
                    + (before.isEmpty() ? "added" : before + " ->") + " " + after + "; backup " + backup + ".", "", since(started));
        } catch (NodeAccessException e) {
            return new NodeApplyResult(target, Result.FAILED, where, "", "", after, e.getMessage(), e.remedy(), since(started));
        }
    }

    NodeApplyResult restore(ClusterNode node, String backup) {
        long started = System.nanoTime();
        String fileName = ConfigLocation.of(node, product).fileName();
        String target = node.targetName();
        String where = fileName;
        try (ConfigFolder folder = folders.open(node, product)) {
            where = folder.describe(fileName);
            byte[] saved = folder.read(backup);
            byte[] current = folder.exists(fileName) ? folder.read(fileName) : new byte[0];
            String after = InedoAppConfig.parse(saved, folder.describe(backup)).encryptionKey()
                    .filter(held -> EncryptionKeys.notAKey(held.reveal()).isEmpty())
                    .map(EncryptionKeys::fingerprint).orElse("");
            if (!Arrays.equals(saved, current)) {
                String stamp = BackupNames.stamp(clock);
                String temp = BackupNames.temp(fileName, stamp, folder.list());
                folder.create(temp, saved);
                renameOrClean(folder, temp, fileName, null);
                verify(folder, fileName, saved, where);
            }
            return new NodeApplyResult(target, Result.RESTORED, where, backup, "", after,
                    "Restored " + fileName + " from " + backup + ".", "", since(started));
        } catch (NodeAccessException e) {
            return new NodeApplyResult(target, Result.FAILED, where, backup, "", "", e.getMessage(), e.remedy(), since(started));
        }
    }

    List<String> backups(ClusterNode node) throws NodeAccessException {
        String fileName = ConfigLocation.of(node, product).fileName();
        try (ConfigFolder folder = folders.open(node, product)) {
            return BackupNames.backupsOf(fileName, folder.list());
        }
    }

    /** Backup, temp, rename; returns the backup's name. */
    private String replace(ConfigFolder folder, String fileName, byte[] original, byte[] updated) throws NodeAccessException {
        String stamp = BackupNames.stamp(clock);
        List<String> listing = folder.list();
        String backup = BackupNames.backup(fileName, stamp, listing);
        String temp = BackupNames.temp(fileName, stamp, listing);
        folder.create(backup, original);
        try {
            folder.create(temp, updated);
        } catch (NodeAccessException e) {
            deleteQuietly(folder, temp);
            deleteQuietly(folder, backup);
            throw e;
        }
        renameOrClean(folder, temp, fileName, backup);
        return backup;
    }

    /** The one step that changes the original; if it fails the original is untouched, so our files go too. */
    private static void renameOrClean(ConfigFolder folder, String temp, String fileName, String backup)
            throws NodeAccessException {
        try {
            folder.replace(temp, fileName);
        } catch (NodeAccessException e) {
            deleteQuietly(folder, temp);
            if (backup != null) {
                deleteQuietly(folder, backup);
            }
            throw new NodeAccessException(e.problem(), e.getMessage() + " The original file was not changed.",
                    e.remedy(), e);
        }
    }

    private static void verify(ConfigFolder folder, String fileName, byte[] expected, String where) throws NodeAccessException {
        byte[] actual = folder.read(fileName);
        if (!Arrays.equals(actual, expected)) {
            throw new NodeAccessException(NodeAccessException.Problem.IO, "Reading " + where + " back gave different "
                    + "content than was written; something else may be changing the file.",
                    "Check the file by hand; restore the backup if it is wrong.");
        }
    }

    private static void deleteQuietly(ConfigFolder folder, String name) {
        try {
            folder.delete(name);
        } catch (NodeAccessException ignored) {
            // the failure being reported matters more; a stray temp file is named after the target and harmless
        }
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
