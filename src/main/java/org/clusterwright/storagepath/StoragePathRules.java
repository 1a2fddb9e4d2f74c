package org.clusterwright.storagepath;

import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for a storage path's form. The profile's validator shows it as field feedback and input.storage;
 * the storage probe parses the same way and proves the rest for real.
 */
public final class StoragePathRules {
    private static final String UNC_EXAMPLE = "\\\\fileserver\\share\\packages";

    private StoragePathRules() {
    }

    public static Optional<PathProblem> problemWith(String text, PathUse use) {
        StoragePath path;
        try {
            path = StoragePath.parse(text);
        } catch (MalformedStoragePathException e) {
            return Optional.of(new PathProblem(true, e.getMessage(), e.remedy()));
        }
        boolean cluster = use == PathUse.CLUSTER;
        if (path instanceof StoragePath.Unc unc) {
            return cluster && isLoopback(unc.host()) ? Optional.of(new PathProblem(true, "'" + text + "' names the"
                    + " server as " + unc.host() + ", which every node reads as itself, so each would use its own "
                    + "folder.", "Use the file server's network name or IP address, the same on every node."))
                    : Optional.empty();
        }
        if (path instanceof StoragePath.Drive drive) {
            String remedy = "Use the UNC path of the share, for example " + UNC_EXAMPLE + "; run 'net use "
                    + drive.letter() + ":' on the server to see which share " + drive.letter() + ": maps to.";
            return Optional.of(cluster
                    ? new PathProblem(true, "'" + text + "' is a drive path. A mapped drive belongs to one user's "
                    + "logon; the product's service account does not see it, and a local drive is not shared "
                    + "between servers.", remedy)
                    : new PathProblem(false, "'" + text + "' is a local drive path: fine for one server or a lab, "
                    + "but not shared storage.", remedy));
        }
        return Optional.of(new PathProblem(false, "'" + text + "' is a local or container path; "
                + (cluster ? "every node must mount the same share there, and Clusterwright can only prove it "
                + "from a machine that mounts it too." : "fine for one server or a lab, but not shared storage."),
                "For Docker nodes, mount the same SMB or NFS share on every host and map it to the product's "
                        + "container path (/var/proget/packages, /var/buildmaster/artifacts); on Windows use "
                        + UNC_EXAMPLE + "."));
    }

    private static boolean isLoopback(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.equals("localhost") || lower.startsWith("127.") || lower.equals("::1")
                || lower.endsWith(".localhost");
    }
}
