package org.clusterwright.storage.apply;

import java.util.regex.Pattern;

/**
 * A per-package-type storage setting that overrides the root path: "There are several other packages path settings
 * (e.g., {@code Storage.NpmPackagesLibrary}, {@code Storage.MavenArtifactLibrary}) that are relative to the
 * {@code Storage.PackagesRootPath} by default. If one of these settings is individually set, it will override"
 * (Inedo/inedo-docs, Content/installation/windows/manual-installation.md line 122).
 *
 * @param shared true when the path is under the shared storage path
 */
public record LibraryOverride(String setting, String path, boolean shared) {
    private static final Pattern NAME = Pattern.compile("Storage\\.[A-Za-z]+Library");

    /** True for the settings of this kind: {@code Storage.<Type>Library}. */
    public static boolean isLibrarySetting(String name) {
        return NAME.matcher(name).matches();
    }
}
