package org.clusterwright.storage;

import org.clusterwright.profile.DomainAuth;
import org.clusterwright.profile.StorageSettings;
import org.clusterwright.remote.Credentials;
import org.clusterwright.remote.ShareAddress;
import org.clusterwright.secrets.Secret;
import org.clusterwright.storagepath.MalformedStoragePathException;
import org.clusterwright.storagepath.StoragePath;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * What the probe reaches and as whom: an SMB location for a UNC path, or a folder of this machine for a local
 * path (single-host and lab use, or a Docker host's mount point).
 */
public record StorageTarget(StoragePath path, Optional<ShareAddress> location, Optional<Path> localFolder,
                            String user, Optional<Secret> password, ProbeLimits limits, DomainAuth auth) {

    public static StorageTarget of(StorageSettings settings, Optional<Secret> password)
            throws MalformedStoragePathException {
        return of(settings.getPath(), settings, password);
    }

    /** The same account and port for another path, as a node that reaches the storage differently would. */
    static StorageTarget of(String pathText, StorageSettings settings, Optional<Secret> password)
            throws MalformedStoragePathException {
        StoragePath path = StoragePath.parse(pathText);
        ProbeLimits limits = ProbeLimits.defaults();
        if (settings.getProbeSizeMiB() != null && settings.getProbeSizeMiB() > 0) {
            limits = limits.withThroughputBytes(settings.getProbeSizeMiB() * ProbeLimits.MIB);
        }
        if (settings.getMinFreeGiB() != null && settings.getMinFreeGiB() >= 0) {
            limits = limits.withMinFreeBytes(settings.getMinFreeGiB() * ProbeLimits.GIB);
        }
        return of(path, settings.getSmbPort(), settings.getAccount(), password, limits).withAuth(settings.getAuth());
    }

    public static StorageTarget of(StoragePath path, Integer smbPort, String user, Optional<Secret> password,
                                   ProbeLimits limits) {
        Optional<ShareAddress> location = path instanceof StoragePath.Unc unc ? Optional.of(new ShareAddress(
                unc.host(), smbPort == null ? ShareAddress.SMB_PORT : smbPort, unc.share(), unc.folderInShare()))
                : Optional.empty();
        Optional<Path> local = location.isPresent() ? Optional.empty() : localPath(path);
        return new StorageTarget(path, location, local, user == null ? "" : user.strip(), password, limits,
                DomainAuth.AUTO);
    }

    /** How the service account may prove itself to the file server; null means {@link DomainAuth#AUTO}. */
    public StorageTarget withAuth(DomainAuth newAuth) {
        return new StorageTarget(path, location, localFolder, user, password, limits,
                newAuth == null ? DomainAuth.AUTO : newAuth);
    }

    /** The same folder through the OS's own SMB client: a path of the OS's file API instead of an SMB location. */
    StorageTarget throughOsClient(Path folder) {
        return new StorageTarget(path, Optional.empty(), Optional.of(folder), user, password, limits, auth);
    }

    /** The account and password the probe logs on with, as {@link #auth} allows. */
    Credentials credentials(Secret secret) {
        return Credentials.of(user, secret).with(auth);
    }

    public StorageTarget withLimits(ProbeLimits newLimits) {
        return new StorageTarget(path, location, localFolder, user, password, newLimits, auth);
    }

    /** True when this machine can reach the folder: over SMB, or because the local path means something here. */
    public boolean reachableFromHere() {
        return location.isPresent() || localFolder.isPresent();
    }

    public String describe() {
        return location.map(l -> l.describe("")).orElse(path.text());
    }

    /** Opens the folder in one go, as the account, for work outside the probe's steps; close it when done. */
    StorageFolder open(Duration timeout) throws StorageAccessException {
        if (location.isEmpty()) {
            return new LocalProbeFolder(localFolder.orElseThrow());
        }
        Secret secret = password.orElseThrow(() -> new StorageAccessException(StorageAccessException.Kind.LOGON,
                "No password is known for '" + user + "'.", "Enter the service account's password first.", null));
        return SmbProbeFolder.open(location.get(), credentials(secret), timeout);
    }

    /** Drive paths only mean something on Windows; a Linux path only off Windows. */
    private static Optional<Path> localPath(StoragePath path) {
        boolean windows = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
        if (path instanceof StoragePath.Drive && windows || path instanceof StoragePath.Posix && !windows) {
            return Optional.of(Path.of(path.text()));
        }
        return Optional.empty();
    }
}
