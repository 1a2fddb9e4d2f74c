package org.clusterwright.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Clusterwright run as its own process, as the launcher starts it: {@code java -cp ... org.clusterwright.Clusterwright
 * ARGS} on the program's class path (the test's, without the test classes), so what it prints on its console is
 * exactly what a user sees, with nothing of the test's logging set-up.
 */
public final class ProgramProcess {
    private ProgramProcess() {
    }

    public static ProgramRun run(Duration deadline, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", programClassPath(), "org.clusterwright.Clusterwright"));
        command.addAll(Arrays.asList(args));
        return ProgramRun.run(deadline, environment, command.toArray(String[]::new));
    }

    static String programClassPath() {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        if (!classPath.contains("classes")) {
            throw new IllegalStateException("the program's classes are not on this test's class path: " + classPath);
        }
        return classPath;
    }
}
