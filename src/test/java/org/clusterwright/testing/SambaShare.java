package org.clusterwright.testing;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One share of a test {@link SambaServer}: a name (which may be {@code C$}, so the Windows admin-share path can
 * be served for real), the folder it serves, and any extra smb.conf options for that share.
 */
public record SambaShare(String name, Path path, boolean readOnly, Map<String, String> options) {

    public SambaShare {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        if (name.isBlank() || name.contains("]") || name.contains("\n")) {
            throw new IllegalArgumentException("unusable share name '" + name + "'");
        }
        options = Map.copyOf(new LinkedHashMap<>(options == null ? Map.of() : options));
    }

    public static SambaShare of(String name, Path path) {
        return new SambaShare(name, path, false, Map.of());
    }

    /** The same share served read-only: every write is refused with STATUS_ACCESS_DENIED. */
    public SambaShare asReadOnly() {
        return new SambaShare(name, path, true, options);
    }

    /** The same share with one more smb.conf option, for example {@code smb encrypt = required}. */
    public SambaShare with(String option, String value) {
        Map<String, String> more = new LinkedHashMap<>(options);
        more.put(option, value);
        return new SambaShare(name, path, readOnly, more);
    }

    String configSection() {
        StringBuilder text = new StringBuilder();
        text.append('[').append(name).append("]\n");
        text.append("  path = ").append(path.toAbsolutePath()).append('\n');
        text.append("  read only = ").append(readOnly ? "yes" : "no").append('\n');
        text.append("  browseable = yes\n");
        // tests create their files as root with mode 644; acting as root on the share lets the SMB user read and
        // replace them, while authentication still checks the test user's password. A test that wants a
        // permission failure overrides this with its own 'force user'.
        if (!options.containsKey("force user")) {
            text.append("  force user = root\n");
        }
        options.forEach((key, value) -> text.append("  ").append(key).append(" = ").append(value).append('\n'));
        return text.toString();
    }
}
