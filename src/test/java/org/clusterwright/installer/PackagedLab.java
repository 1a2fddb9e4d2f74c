package org.clusterwright.installer;

import org.clusterwright.testing.ProgramRun;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The demo lab started by the installed program ({@code clusterwright lab start --folder F}), which runs until
 * {@code clusterwright lab stop --folder F}: its profile and secrets file, for checks run by the same program.
 */
final class PackagedLab implements AutoCloseable {
    private static final Duration READY_WITHIN = Duration.ofSeconds(120);
    private static final String PROFILE_LINE = "Profile: ";
    /** The last line lab start prints before it waits. */
    private static final String READY_LINE = "Stop:";

    private final Path program;
    private final Path folder;
    private final Map<String, String> environment;
    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final CompletableFuture<Path> profile = new CompletableFuture<>();

    private PackagedLab(Path program, Path folder, Map<String, String> environment, Process process) {
        this.program = program;
        this.folder = folder;
        this.environment = environment;
        this.process = process;
        Thread reader = new Thread(this::readOutput, "packaged-lab-output");
        reader.setDaemon(true);
        reader.start();
    }

    static PackagedLab start(Path program, Path folder, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(program.toString(), "lab", "start", "--folder", folder.toString())
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        PackagedLab lab = new PackagedLab(program, folder, environment, builder.start());
        lab.profile();
        return lab;
    }

    /** The lab's profile, once lab start has said everything it says before it waits. */
    Path profile() throws InterruptedException {
        try {
            return profile.get(READY_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new AssertionError("the lab did not start within " + READY_WITHIN.toSeconds() + " s:\n" + output);
        }
    }

    /** What lab start has printed so far, standard output and error. */
    String output() {
        return output.toString();
    }

    /** The owner-only secrets file lab start writes for --secrets-file. */
    Path secrets() {
        return folder.resolve("lab-secrets");
    }

    /** Stops the lab as a person would and waits for lab start to end; fails when it does not. */
    @Override
    public void close() throws IOException, InterruptedException {
        try {
            ProgramRun.run(READY_WITHIN, environment, program.toString(), "lab", "stop", "--folder", folder.toString())
                    .succeeded();
            if (!process.waitFor(READY_WITHIN.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("lab start did not end after lab stop:\n" + output);
            }
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private void readOutput() {
        Path named = null;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.append(line).append('\n');
                named = line.startsWith(PROFILE_LINE) ? Path.of(line.substring(PROFILE_LINE.length())) : named;
                if (line.startsWith(READY_LINE) && named != null) {
                    profile.complete(named);
                }
            }
            profile.completeExceptionally(new IllegalStateException("lab start ended"));
        } catch (IOException e) {
            profile.completeExceptionally(e);
        }
    }
}
