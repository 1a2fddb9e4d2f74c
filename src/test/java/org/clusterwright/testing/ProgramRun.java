package org.clusterwright.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A program run to its end under a deadline: its exit code and its standard output and error, interleaved. */
public record ProgramRun(List<String> command, int exitCode, String output) {

    public static ProgramRun run(Duration deadline, Map<String, String> environment, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        // read while it runs, so a chatty program never blocks on a full pipe
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(process));
        if (!process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError(String.join(" ", command) + " did not end within " + deadline.toSeconds()
                    + " s; it wrote:\n" + output.completeOnTimeout("(output unreadable)", 5, TimeUnit.SECONDS).join());
        }
        return new ProgramRun(List.of(command), process.exitValue(), output.join());
    }

    public static ProgramRun run(Duration deadline, String... command) throws IOException, InterruptedException {
        return run(deadline, Map.of(), command);
    }

    /** This run, or an AssertionError with the command and everything it wrote when it did not exit with 0. */
    public ProgramRun succeeded() {
        if (exitCode != 0) {
            throw new AssertionError(this);
        }
        return this;
    }

    @Override
    public String toString() {
        return String.join(" ", command) + " exited with " + exitCode + ":\n" + output;
    }

    private static String readAll(Process process) {
        try {
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(output unreadable: " + e.getMessage() + ")";
        }
    }
}
