package org.clusterwright.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The class data archive of an app image, made by installer/linux/cds-archive as the installer build makes the
 * packaged program's: the classes loaded up to the first page listed on a private display, then dumped.
 */
final class ClassDataArchive {
    private static final Path SCRIPT = Path.of("installer/linux/cds-archive");
    private static final String ARCHIVE = "lib/app/clusterwright.jsa";

    private ClassDataArchive() {
    }

    /** Gives {@code baselineImage} an archive of its own when {@code packaged} has one; says which in {@code notes}. */
    static void matchBaseline(Path packaged, Path baselineImage, List<String> notes) throws IOException, InterruptedException {
        if (!Files.isRegularFile(packaged.resolve(ARCHIVE))) {
            notes.add("the packaged program has no class data archive, so neither has the baseline");
            return;
        }
        String listed = run("class-list", baselineImage);
        String dumped = run("archive", baselineImage);
        if (!Files.isRegularFile(baselineImage.resolve(ARCHIVE))) {
            throw new IllegalStateException("the baseline's class data archive could not be made, so the two would not"
                    + " be packaged alike:\n" + listed + dumped);
        }
        notes.add("both launched with a class data archive of the classes each loads up to its first page ("
                + listed.strip().replaceFirst("^cds-archive: ", "").replaceFirst(" loaded up to.*", "") + " for the baseline)");
    }

    private static String run(String step, Path image) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("sh", SCRIPT.toString(), step, image.toString()).redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }
}
