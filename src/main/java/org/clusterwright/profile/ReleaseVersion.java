package org.clusterwright.profile;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A product version as a node names it: {@code releaseNumber} ("25.0.14", "5.3.16"), {@code versionNumber}
 * ("2025.14 (Build 7)", "5.2.9.10") or ProGet's {@code X-ProGet-Version} header ("23.0.22.6"). Year-named releases
 * count from 2022 (release numbers 22 and up stand for 2022 and up); smaller majors are the classic versions (ProGet
 * 5 and 6, BuildMaster 7, Otter 3).
 *
 * @param major the year (2022, 2025) or the classic major (5, 6, 7)
 * @param minor the minor number ("2025.14" and "25.0.14" both give 14 for year releases)
 * @param text  what the node said, for messages
 */
public record ReleaseVersion(int major, int minor, int patch, String text) {
    private static final Pattern NUMBERS = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

    /** Reads the first version-looking part of {@code text}; empty for words like "DEV BUILD". */
    public static Optional<ReleaseVersion> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = NUMBERS.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(matcher.group(1));
        int second = Integer.parseInt(matcher.group(2));
        int third = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
        if (first >= 2000) {
            // "2025.14 (Build 7)": the year, then the release within it
            return Optional.of(new ReleaseVersion(first, second, 0, text.strip()));
        }
        if (first >= 20 && first < 100) {
            // "25.0.14", "23.0.22.6": the year's last digits, a zero, then the release within the year
            return Optional.of(new ReleaseVersion(2000 + first, third, 0, text.strip()));
        }
        return Optional.of(new ReleaseVersion(first, second, third, text.strip()));
    }

    /** True for the releases named by year (2022 and later). */
    public boolean yearNamed() {
        return major >= 2000;
    }

    /** True when this is at least {@code major.minor.patch}. */
    public boolean atLeast(int major, int minor, int patch) {
        if (this.major != major) {
            return this.major > major;
        }
        if (this.minor != minor) {
            return this.minor > minor;
        }
        return this.patch >= patch;
    }

    /** How a person says it: "2025.14", "5.3.16". */
    public String shortName() {
        return yearNamed() ? major + "." + minor : major + "." + minor + "." + patch;
    }
}
