package org.clusterwright.installer;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/** The Java modules a packaged runtime holds, and those a folder of jars needs according to jdeps. */
record RuntimeModules(Set<String> names) {

    /** From the runtime's release file, which jlink writes with the modules it linked. */
    static RuntimeModules of(Path runtime) throws IOException {
        Properties release = new Properties();
        try (var in = Files.newInputStream(runtime.resolve("release"))) {
            release.load(in);
        }
        String modules = release.getProperty("MODULES", "").replace("\"", "").strip();
        return new RuntimeModules(Set.of(modules.split("\\s+")));
    }

    /**
     * jdeps' answer for every jar under {@code app}, each able to see the others and the modular jars in
     * {@code modules} (JavaFX's, which the packaged program takes from its runtime).
     */
    static List<String> neededBy(Path app, Path modules) throws IOException {
        List<String> jars;
        try (Stream<Path> files = Files.walk(app)) {
            jars = files.map(Path::toString).filter(name -> name.endsWith(".jar")).sorted().toList();
        }
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("this JDK has no jdeps"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] arguments = Stream.concat(Stream.of("--print-module-deps", "--ignore-missing-deps",
                "--multi-release", "17", "--module-path", modules.toString(), "--class-path", String.join(":", jars)),
                jars.stream()).toArray(String[]::new);
        int exit = jdeps.run(new PrintWriter(out), new PrintWriter(err), arguments);
        if (exit != 0) {
            throw new AssertionError("jdeps failed (" + exit + "):\n" + out + err);
        }
        // jdeps warns about split packages first; the module list is its last line
        List<String> lines = out.toString().strip().lines().toList();
        return List.of(lines.get(lines.size() - 1).split(","));
    }
}
