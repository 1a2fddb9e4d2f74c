package org.clusterwright.keys;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Names of the files written beside a config file: {@code ProGet.config.20250101-120000.bak} for backups and a
 * {@code .tmp} twin for the new content before it is renamed over the original. Local time, because the
 * administrator looking at the folder thinks in it.
 */
final class BackupNames {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private BackupNames() {
    }

    static String stamp(Clock clock) {
        return LocalDateTime.now(clock).format(STAMP);
    }

    /** A backup name not yet taken in the folder; a second run in the same second gets a suffix. */
    static String backup(String fileName, String stamp, Collection<String> existing) {
        String name = fileName + "." + stamp + ".bak";
        for (int n = 2; containsIgnoreCase(existing, name); n++) {
            name = fileName + "." + stamp + "-" + n + ".bak";
        }
        return name;
    }

    static String temp(String fileName, String stamp, Collection<String> existing) {
        String name = fileName + "." + stamp + ".clusterwright.tmp";
        for (int n = 2; containsIgnoreCase(existing, name); n++) {
            name = fileName + "." + stamp + "-" + n + ".clusterwright.tmp";
        }
        return name;
    }

    /** The backups of {@code fileName} in a folder listing, newest first. */
    static List<String> backupsOf(String fileName, Collection<String> listing) {
        Pattern pattern = Pattern.compile(Pattern.quote(fileName) + "\\.\\d{8}-\\d{6}(-\\d+)?\\.bak", Pattern.CASE_INSENSITIVE);
        return listing.stream().filter(name -> pattern.matcher(name).matches())
                .sorted(BackupNames::newestFirst).toList();
    }

    private static int newestFirst(String a, String b) {
        return sortKey(b).compareTo(sortKey(a));
    }

    /** The stamp with its run suffix padded, so "-10" sorts after "-9" and an unsuffixed name first. */
    private static String sortKey(String name) {
        String withoutBak = name.substring(0, name.length() - ".bak".length());
        String stamp = withoutBak.substring(withoutBak.lastIndexOf('.') + 1);
        String[] parts = stamp.split("-");
        int run = parts.length > 2 ? Integer.parseInt(parts[2]) : 1;
        return parts[0] + parts[1] + String.format("%06d", run);
    }

    private static boolean containsIgnoreCase(Collection<String> names, String name) {
        // Windows file names are case-insensitive
        return names.stream().anyMatch(existing -> existing.equalsIgnoreCase(name));
    }
}
