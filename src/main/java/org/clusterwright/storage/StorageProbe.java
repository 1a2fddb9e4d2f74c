package org.clusterwright.storage;

import org.clusterwright.check.Check;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.StorageSettings;
import org.clusterwright.remote.ShareAddress;
import org.clusterwright.secrets.Secret;
import org.clusterwright.remote.OsSmbClient;
import org.clusterwright.storagepath.MalformedStoragePathException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shared-storage probe: the checks of the "storage" target, in the order they must run, each requiring the one
 * before so a dead file server costs one timeout and the rest are skipped with the reason.
 *
 * <pre>
 * SMB:   storage.resolve -> storage.tcp -> storage.session -> storage.login -> storage.share -> storage.folder
 * local:                                                                                     storage.folder
 *        -> storage.write -> storage.space -> storage.latency -> storage.throughput -> [storage.same-share]
 * </pre>
 * storage.same-share only where some node reaches the storage by another path.
 */
public final class StorageProbe {

    private StorageProbe() {
    }

    /** The probe for the profile's storage; {@code password} is the service account's, from the secret store. */
    public static List<Check> checks(Profile profile, Optional<Secret> password) {
        return checks(profile, password, OsSmbClient.forThisMachine());
    }

    /**
     * Without a password, a share that {@code osClient} (Windows' own) reaches is probed through it, as the user
     * logged on here, and storage.login says that this is not the service account.
     */
    static List<Check> checks(Profile profile, Optional<Secret> password, OsSmbClient osClient) {
        StorageSettings settings = profile.getStorage();
        StorageTarget target;
        try {
            target = StorageTarget.of(settings, password);
        } catch (MalformedStoragePathException e) {
            return List.of(new NotProbedCheck("Not run: the storage path is not usable (see input.storage)."));
        }
        Map<String, StorageTarget> others = new LinkedHashMap<>();
        settings.getNodePaths().forEach((node, path) -> {
            try {
                StorageTarget other = StorageTarget.of(path, settings, password);
                if (!other.describe().equalsIgnoreCase(target.describe())) {
                    others.put(node, other);
                }
            } catch (MalformedStoragePathException e) {
                // input.storage reports it; the other nodes' paths are still worth proving
            }
        });
        Optional<ShareAddress> location = target.location();
        if (password.isEmpty() && location.isPresent() && location.get().port() == ShareAddress.SMB_PORT) {
            ShareAddress smb = location.get();
            Optional<java.nio.file.Path> folder = osClient.folder(smb.host(), smb.share(), smb.folder());
            if (folder.isPresent()) {
                List<Check> checks = new ArrayList<>();
                checks.add(new StorageOsLoginCheck(osClient.loggedOnUser(), target.user()));
                checks.addAll(checks(target.throughOsClient(folder.get()), others));
                return List.copyOf(checks);
            }
        }
        return checks(target, others);
    }

    /**
     * Writes and reads one file of {@code bytes} in the target's folder and returns both rates, outside any run:
     * for a benchmark, or a person who wants to measure again with a larger file.
     */
    public static StorageThroughputCheck.Rates measureThroughput(StorageTarget target, long bytes, Duration timeout)
            throws Exception {
        try (ProbeFolder folder = target.open(timeout)) {
            return StorageThroughputCheck.measure(folder, bytes);
        }
    }

    /** How the throughput check moves its file over SMB, for reports next to its figures. */
    public static String pipelining() {
        return PipelinedTransfer.DEPTH + " requests of " + PipelinedTransfer.PIECE / 1024 + " KiB in flight";
    }

    /** The probe for one target, with the other paths nodes use to reach it (node name to target). */
    public static List<Check> checks(StorageTarget target, Map<String, StorageTarget> otherPaths) {
        if (!target.reachableFromHere()) {
            return List.of(new NotProbedCheck("Not run: " + target.describe() + " is a local path of another "
                    + "kind of machine and cannot be reached from here; run the check on the server itself."));
        }
        List<StorageStep> afterFolder = new ArrayList<>(List.of(new StorageWriteCheck(),
                new StorageSpaceCheck(target.limits()), new StorageLatencyCheck(target.limits()),
                new StorageThroughputCheck(target.limits())));
        if (!otherPaths.isEmpty()) {
            afterFolder.add(new StorageSameShareCheck(otherPaths));
        }
        afterFolder.get(afterFolder.size() - 1).last();
        List<Check> checks = new ArrayList<>();
        target.location().ifPresent(location -> {
            checks.add(new StorageResolveCheck(location));
            checks.add(new StorageTcpCheck(location));
            // the login, share, folder and the steps after it may all use the session
            checks.add(new StorageSessionCheck(location, 3 + afterFolder.size()));
            checks.add(new StorageLoginCheck(target));
            checks.add(new StorageShareCheck(location, target.user()));
        });
        checks.add(new StorageFolderCheck(target));
        checks.addAll(afterFolder);
        return List.copyOf(checks);
    }
}
