package org.clusterwright.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a private smbd can run here. A developer without Samba gets a skipped test with the reason and
 * the command to fix it; under CI ({@link ContinuousIntegration}) the same situation fails the build, so a CI image
 * that lost its Samba package cannot turn the SMB tests into silent skips.
 */
public final class SambaRequirements {
    private static final List<String> SBIN = List.of("/usr/sbin", "/usr/local/sbin", "/sbin");

    private SambaRequirements() {
    }

    /** Skips (or under CI fails) the calling test when smbd cannot be started here. */
    public static void assumeAvailable() {
        decide(whatIsMissing(), ContinuousIntegration.value());
    }

    /** Passes, skips or fails the calling test; {@code ci} is the value of the CI variable. */
    static void decide(Optional<String> missing, String ci) {
        if (missing.isEmpty()) {
            return;
        }
        ContinuousIntegration.skipOrFail(missing.get()
                + " Install with: apt-get install -y samba smbclient (scripts/test does it as root).", ci, null);
    }

    /** Empty when smbd and smbpasswd exist and this process may start smbd; otherwise why not. */
    public static Optional<String> whatIsMissing() {
        if (find("smbd").isEmpty() || find("smbpasswd").isEmpty()) {
            return Optional.of("The SMB tests need Samba's smbd and smbpasswd, which are not installed.");
        }
        if (!isRoot()) {
            return Optional.of("The SMB tests start a private smbd, which must run as root to act for its test user;"
                    + " this process runs as '" + System.getProperty("user.name") + "'.");
        }
        return Optional.empty();
    }

    static Path smbd() {
        return find("smbd").orElseThrow(() -> new IllegalStateException("smbd is not installed"));
    }

    static Path smbpasswd() {
        return find("smbpasswd").orElseThrow(() -> new IllegalStateException("smbpasswd is not installed"));
    }

    static boolean isRoot() {
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return Integer.valueOf(0).equals(uid);
        } catch (Exception e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static Optional<Path> find(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        List<String> folders = new java.util.ArrayList<>(List.of(path.split(java.io.File.pathSeparator)));
        folders.addAll(SBIN);
        return folders.stream().filter(folder -> !folder.isBlank())
                .map(folder -> Path.of(folder, program))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
