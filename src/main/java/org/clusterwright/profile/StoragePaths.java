package org.clusterwright.profile;

import org.clusterwright.profile.ProfileProblem.Section;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The first form check on a storage path; the storage step probes it for real. */
final class StoragePaths {
    private static final Pattern UNC = Pattern.compile("\\\\\\\\(\\?\\\\UNC\\\\)?[^\\\\/]+\\\\[^\\\\/]+.*");
    private static final Pattern DRIVE = Pattern.compile("([A-Za-z]):([\\\\/].*)?");

    private StoragePaths() {
    }

    static Optional<ProfileProblem> problemWith(String path, boolean cluster) {
        if (UNC.matcher(path).matches()) {
            return Optional.empty();
        }
        Matcher drive = DRIVE.matcher(path);
        if (drive.matches()) {
            String remedy = "Use the UNC path of the share, for example \\\\fileserver\\share\\packages; run "
                    + "'net use' on the server to see which share " + drive.group(1).toUpperCase() + ": maps to.";
            return Optional.of(cluster
                    ? ProfileProblem.error(Section.STORAGE, "storage.path", "'" + path + "' is a drive path. A mapped "
                    + "drive belongs to one user's logon; the product's service account does not see it, and a "
                    + "local drive is not shared between servers.", remedy)
                    : ProfileProblem.warning(Section.STORAGE, "storage.path", "'" + path
                    + "' is a local drive path: fine for one server, but not shared storage.", remedy));
        }
        if (path.startsWith("/")) {
            return Optional.of(ProfileProblem.warning(Section.STORAGE, "storage.path", "'" + path
                    + "' is a local or container path; every node must mount the same share there.",
                    "For Docker nodes, mount the same SMB/NFS share at this path on every host."));
        }
        if (path.startsWith("\\\\")) {
            return Optional.of(ProfileProblem.error(Section.STORAGE, "storage.path", "'" + path
                    + "' is an incomplete UNC path: it needs a server and a share.",
                    "Write it as \\\\server\\share or \\\\server\\share\\folder."));
        }
        return Optional.of(ProfileProblem.error(Section.STORAGE, "storage.path", "'" + path
                + "' is neither a UNC path nor an absolute path.",
                "Write it as \\\\server\\share\\folder."));
    }
}
