package org.clusterwright.testing;

import org.clusterwright.ui.FirstPageAnnouncement;

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
 * A packaged launcher started without arguments on a virtual display, with the system property that makes the
 * window announce its first page (given through JAVA_TOOL_OPTIONS, which jpackage's launcher passes to its JVM).
 * It measures from just before the process starts to the announcement.
 */
public final class FirstPageLaunch implements AutoCloseable {
    private final Process process;
    private final long startedNanos;
    private final StringBuffer output = new StringBuffer();
    private final CompletableFuture<Long> announcedNanos = new CompletableFuture<>();

    private FirstPageLaunch(Process process, long startedNanos) {
        this.process = process;
        this.startedNanos = startedNanos;
        Thread reader = new Thread(this::readOutput, "first-page-launch-output");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts {@code launcher} on {@code display}; {@code home} stands in for the user's home and configuration, and
     * secrets stay in memory, so the user's own profiles and keyring are never touched.
     */
    public static FirstPageLaunch start(Path launcher, VirtualDisplay display, Path home) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(launcher.toString()).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.put("DISPLAY", display.name());
        environment.put("HOME", home.toString());
        environment.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        environment.put("CLUSTERWRIGHT_LOG_DIR", home.resolve("logs").toString());
        environment.put("CLUSTERWRIGHT_KEYRING", "off");
        environment.put("JAVA_TOOL_OPTIONS", "-D" + FirstPageAnnouncement.PROPERTY + "=true");
        environment.remove("DBUS_SESSION_BUS_ADDRESS");
        long started = System.nanoTime();
        return new FirstPageLaunch(builder.start(), started);
    }

    /** The time from launch to the first page shown; fails with everything the program wrote when it never comes. */
    public Duration awaitFirstPage(Duration deadline) throws InterruptedException {
        try {
            return Duration.ofNanos(announcedNanos.get(deadline.toMillis(), TimeUnit.MILLISECONDS) - startedNanos);
        } catch (TimeoutException e) {
            throw new AssertionError("no first page within " + deadline.toSeconds() + " s; the program wrote:\n" + output);
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause().getMessage() + "; the program wrote:\n" + output);
        }
    }

    public String output() {
        return output.toString();
    }

    /** Ends the program and whatever it started. */
    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private void readOutput() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.equals(FirstPageAnnouncement.LINE)) {
                    announcedNanos.complete(System.nanoTime());
                }
                output.append(line).append('\n');
            }
            announcedNanos.completeExceptionally(new IllegalStateException("the program ended (exit code "
                    + process.waitFor() + ") before showing its first page"));
        } catch (IOException e) {
            announcedNanos.completeExceptionally(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
