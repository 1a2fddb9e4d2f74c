package org.clusterwright.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds a program a test runs for real (nginx, haproxy). A developer without it gets a skipped test with the reason
 * and the command to fix it; under CI ({@link ContinuousIntegration}) the same situation fails, so a CI image that
 * lost the package cannot turn the tests into silent skips.
 */
public final class ProgramRequirements {
    private static final List<String> SBIN = List.of("/usr/sbin", "/usr/local/sbin", "/sbin");

    private ProgramRequirements() {
    }

    /** The program's path; skips (or under CI fails) the calling test when it is not installed. */
    public static Path require(String program, String debianPackage) {
        Optional<Path> found = find(program);
        decide(found.isEmpty() ? Optional.of("This test runs " + program + ", which is not installed.") : Optional.empty(),
                debianPackage, ContinuousIntegration.value());
        return found.orElseThrow();
    }

    /** Passes, skips or fails the calling test; {@code ci} is the value of the CI variable. */
    static void decide(Optional<String> missing, String debianPackage, String ci) {
        if (missing.isEmpty()) {
            return;
        }
        ContinuousIntegration.skipOrFail(missing.get() + " Install with: apt-get install -y " + debianPackage
                + " (scripts/test does it as root).", ci, null);
    }

    static Optional<Path> find(String program) {
        List<String> folders = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        folders.addAll(SBIN);
        return folders.stream().filter(folder -> !folder.isBlank()).map(folder -> Path.of(folder, program))
                .filter(Files::isExecutable).findFirst();
    }
}
