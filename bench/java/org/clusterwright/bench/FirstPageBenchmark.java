package org.clusterwright.bench;

import org.clusterwright.testing.FirstPageLaunch;
import org.clusterwright.testing.VirtualDisplay;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * From launching the packaged program (the jpackage app image mvn -Pinstaller package makes) to its first page
 * shown, against a minimal JavaFX window packaged on the same runtime and launched the same way, on one Xvfb
 * display. Best of alternating rounds after one unmeasured launch of each, so a busy moment on a shared machine
 * and a cold file cache do not decide. When the program was packaged with a class data archive, the baseline gets
 * one made the same way, so the ratio compares two programs packaged alike, not an archive against none.
 */
final class FirstPageBenchmark implements Benchmark {
    private static final Path PACKAGED = Path.of("target/installer/Clusterwright");
    private static final int ROUNDS = 5;
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final List<String> NOTES = new ArrayList<>();

    @Override
    public String name() {
        return "first-page";
    }

    @Override
    public String description() {
        return "packaged app launch to first page shown vs a minimal JavaFX window packaged the same way (bound 1.5);"
                + " needs mvn -Pinstaller package first";
    }

    @Override
    public List<String> notes() {
        return NOTES;
    }

    @Override
    public Measurement run() throws Exception {
        if (!Files.isDirectory(PACKAGED)) {
            throw new IllegalStateException(PACKAGED + " is missing: build it with mvn -B -Pinstaller -DskipTests package");
        }
        Path folder = Files.createTempDirectory("first-page-bench");
        try {
            return measure(folder);
        } finally {
            // the baseline's image holds a copy of the runtime, about 100 MB
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    private static Measurement measure(Path folder) throws Exception {
        Path baseline = MinimalWindowImage.build(PACKAGED, folder);
        ClassDataArchive.matchBaseline(PACKAGED, baseline.getParent().getParent(), NOTES);
        Path program = PACKAGED.resolve("bin/Clusterwright");
        Path home = Files.createDirectories(folder.resolve("home"));
        long[] programMillis = new long[ROUNDS];
        long[] baselineMillis = new long[ROUNDS];
        try (VirtualDisplay display = VirtualDisplay.start()) {
            launch(program, display, home);
            launch(baseline, display, home);
            for (int round = 0; round < ROUNDS; round++) {
                programMillis[round] = launch(program, display, home);
                baselineMillis[round] = launch(baseline, display, home);
            }
        }
        return new Measurement("packaged app to first page", best(programMillis), "minimal JavaFX window",
                best(baselineMillis), 1.5, "s");
    }

    private static long launch(Path launcher, VirtualDisplay display, Path home) throws Exception {
        try (FirstPageLaunch launch = FirstPageLaunch.start(launcher, display, home)) {
            return launch.awaitFirstPage(DEADLINE).toMillis();
        }
    }

    private static double best(long[] millis) {
        return LongStream.of(millis).min().orElseThrow() / 1000.0;
    }
}
