package org.clusterwright.cluster.detect;

import org.clusterwright.profile.Product;
import org.clusterwright.profile.ReleaseVersion;
import org.clusterwright.profile.VersionLine;

import java.util.Optional;

/**
 * Which product and version a node says it runs, and how it said so: {@code /health}'s {@code applicationName},
 * {@code releaseNumber} and {@code versionNumber}, or ProGet's {@code X-ProGet-Version} header. Empty parts are what
 * the node did not tell; {@code lineNote} says why a known version has no release line (no Cluster page yet).
 */
public record NodeIdentity(Optional<Product> product, Optional<ReleaseVersion> version, Optional<VersionLine> line,
                           String lineNote, String toldBy) {

    public static NodeIdentity unknown(String why) {
        return new NodeIdentity(Optional.empty(), Optional.empty(), Optional.empty(), "", why);
    }

    /** True when both the product and a version are known. */
    public boolean known() {
        return product.isPresent() && version.isPresent();
    }

    /** "ProGet 25.0.14", "ProGet (version unknown)", "unknown". */
    public String describe() {
        if (product.isEmpty()) {
            return "an unknown product";
        }
        return product.get() + " " + version.map(ReleaseVersion::text).orElse("(version not named)");
    }
}
