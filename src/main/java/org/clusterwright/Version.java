package org.clusterwright;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Clusterwright's own version and the commit it was built from, stamped into the build by Maven resource filtering
 * (the commit by buildnumber-maven-plugin from git's HEAD; "unknown" when built without a repository).
 */
public final class Version {
    private static final String UNKNOWN = "unknown";
    private static final Properties STAMPED = load();
    private static final String VERSION = stamped("version", "development");
    private static final String COMMIT = stamped("commit", UNKNOWN);

    private Version() {
    }

    public static String get() {
        return VERSION;
    }

    /** The full hash of the commit the program was built from, or "unknown". */
    public static String commit() {
        return COMMIT;
    }

    /**
     * The commit's first twelve hex digits, as git abbreviates it: the form for a log line, where the full 40-digit
     * hash would be masked as key-shaped.
     */
    public static String shortCommit() {
        return COMMIT.equals(UNKNOWN) ? UNKNOWN : COMMIT.substring(0, Math.min(12, COMMIT.length()));
    }

    /** "Clusterwright 1.2.0 (commit 0123456789ab)", the line each run's log starts with. */
    public static String describe() {
        return "Clusterwright " + VERSION + " (commit " + shortCommit() + ")";
    }

    private static String stamped(String name, String otherwise) {
        String value = STAMPED.getProperty(name, otherwise).strip();
        // not filtered (run from an IDE's build) or left empty
        return value.isEmpty() || value.startsWith("${") ? otherwise : value;
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
