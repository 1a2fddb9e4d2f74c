package org.clusterwright.bench;

import org.clusterwright.ui.FirstFrame;
import org.clusterwright.ui.FirstPageAnnouncement;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * A jpackage app image of {@link MinimalWindow} on the packaged Clusterwright's own Java runtime, JavaFX included,
 * so the baseline starts exactly as the packaged program does, minus the program.
 */
final class MinimalWindowImage {
    static final String NAME = "MinimalWindow";

    private MinimalWindowImage() {
    }

    /** Builds the image under {@code folder} from the Clusterwright app image {@code packaged}; returns its launcher. */
    static Path build(Path packaged, Path folder) throws IOException, URISyntaxException {
        Path input = Files.createDirectories(folder.resolve("input"));
        writeJar(input.resolve("minimal-window.jar"), MinimalWindow.class, FirstPageAnnouncement.class,
                FirstFrame.class);
        List<String> arguments = new ArrayList<>(List.of("--type", "app-image", "--name", NAME,
                "--input", input.toString(), "--main-jar", "minimal-window.jar",
                "--main-class", MinimalWindow.class.getName(), "--runtime-image", packaged.resolve("lib/runtime").toString(),
                "--dest", folder.resolve("image").toString()));
        for (String option : javaOptions(packaged)) {
            arguments.addAll(List.of("--java-options", option));
        }
        jpackage(arguments.toArray(String[]::new));
        return folder.resolve("image").resolve(NAME).resolve("bin").resolve(NAME);
    }

    /**
     * The JVM options the packaged program's launcher passes (installer/image.args may add some), so the baseline
     * runs with the same ones; jpackage's own version stamp is left to each image.
     */
    private static List<String> javaOptions(Path packaged) throws IOException {
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(packaged.resolve("lib/app/Clusterwright.cfg"))) {
            if (line.startsWith("java-options=") && !line.startsWith("java-options=-Djpackage.app-version=")) {
                options.add(line.substring("java-options=".length()));
            }
        }
        return options;
    }

    /** A jar of the given classes with their nested and anonymous classes, copied from where they were compiled. */
    private static void writeJar(Path jar, Class<?>... classes) throws IOException, URISyntaxException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Class<?> type : classes) {
                Path root = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
                Path folder = root.resolve(type.getPackageName().replace('.', '/'));
                String simpleName = type.getSimpleName();
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.filter(file -> file.getFileName().toString().equals(simpleName + ".class")
                            || file.getFileName().toString().startsWith(simpleName + "$")).toList()) {
                        out.putNextEntry(new JarEntry(root.relativize(file).toString()));
                        Files.copy(file, out);
                        out.closeEntry();
                    }
                }
            }
        }
    }

    private static void jpackage(String... arguments) {
        ToolProvider jpackage = ToolProvider.findFirst("jpackage")
                .orElseThrow(() -> new IllegalStateException("this JDK has no jpackage"));
        StringWriter output = new StringWriter();
        PrintWriter writer = new PrintWriter(output);
        if (jpackage.run(writer, writer, arguments) != 0) {
            throw new IllegalStateException("jpackage failed:\n" + output);
        }
    }
}
