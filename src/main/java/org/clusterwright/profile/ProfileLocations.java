package org.clusterwright.profile;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where profiles live when no path is given: the folder each OS expects user configuration in. */
public final class ProfileLocations {
    private static final String APP_FOLDER = "Clusterwright";

    private ProfileLocations() {
    }

    public static Path defaultFolder() {
        return defaultFolder(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path defaultFolder(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve(APP_FOLDER).resolve("profiles");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(APP_FOLDER).resolve("profiles");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        // the XDG spec says relative values are invalid and must be ignored
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config");
        return base.resolve(APP_FOLDER.toLowerCase(Locale.ROOT)).resolve("profiles");
    }

    /** A file name for a profile, safe on every OS. */
    public static String fileNameFor(String profileName) {
        return Slugs.of(profileName, "cluster") + ".json";
    }
}
