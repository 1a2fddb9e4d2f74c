package org.clusterwright.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The id of a profile file that names none, as people write them by hand: a name-based UUID of the file's canonical
 * path. Reading the same file always gives the same id, so its journal, its report and the secrets kept for it
 * (which the keyring files under the id) all find each other, and two hand-written profiles in different folders never
 * share them. Nothing is written into the file: a profile kept in version control, or on a read-only checkout, stays
 * exactly as its author wrote it. The wizard writes the id into the file when it saves it.
 */
final class ProfileIds {
    private static final String NAMESPACE = "clusterwright-profile:";

    private ProfileIds() {
    }

    static String derivedFrom(Path file) {
        return UUID.nameUUIDFromBytes((NAMESPACE + canonical(file)).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The real path where the file exists (links resolved, the case the file system keeps), else the absolute one. */
    private static String canonical(Path file) {
        try {
            return file.toRealPath().toString();
        } catch (IOException | SecurityException e) {
            return file.toAbsolutePath().normalize().toString();
        }
    }
}
