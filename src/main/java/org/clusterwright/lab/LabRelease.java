package org.clusterwright.lab;

import org.clusterwright.profile.Product;
import org.clusterwright.profile.VersionLine;

/**
 * The release a lab node runs for its product and line, as the product names it: {@code versionNumber} ("2025.14
 * (Build 7)"), {@code releaseNumber} ("25.0.14") and, for ProGet, the {@code X-ProGet-Version} header ("25.0.14.7").
 * The numbers follow real releases of each line; the lab only needs them to be of the right line.
 */
record LabRelease(String versionNumber, String releaseNumber, String build) {

    static LabRelease of(Product product, VersionLine line) {
        return switch (product) {
            case PROGET -> switch (line) {
                case V2025_AND_NEWER -> year(2025, 14, 7);
                case V2023_TO_2024 -> year(2024, 33, 4);
                case V2022 -> year(2022, 28, 4);
                case BEFORE_2022 -> classic("6.0.20", 3);
                case PROGET_5_3_AND_OLDER -> classic("5.3.16", 4);
            };
            case BUILDMASTER -> switch (line) {
                case V2025_AND_NEWER -> year(2025, 5, 3);
                case V2023_TO_2024 -> year(2023, 9, 1);
                case V2022 -> year(2022, 12, 2);
                case BEFORE_2022, PROGET_5_3_AND_OLDER -> classic("7.0.20", 1);
            };
            case OTTER -> switch (line) {
                case V2025_AND_NEWER -> year(2025, 3, 1);
                case V2023_TO_2024 -> year(2024, 6, 2);
                case V2022 -> year(2022, 10, 5);
                case BEFORE_2022, PROGET_5_3_AND_OLDER -> classic("3.0.20", 2);
            };
        };
    }

    /** ProGet's version header: the release number and the build. */
    String header() {
        return releaseNumber + "." + build;
    }

    private static LabRelease year(int year, int release, int build) {
        return new LabRelease(year + "." + release + " (Build " + build + ")", (year - 2000) + ".0." + release,
                String.valueOf(build));
    }

    private static LabRelease classic(String release, int build) {
        return new LabRelease(release + "." + build, release, String.valueOf(build));
    }
}
