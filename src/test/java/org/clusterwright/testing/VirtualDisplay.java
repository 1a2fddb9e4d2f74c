package org.clusterwright.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A private X display for real windows: Debian's Xvfb as a child process on the first free display number, which it
 * reports itself (-displayfd), so parallel builds never race for one. Screenshots come from ImageMagick's import.
 */
public final class VirtualDisplay implements AutoCloseable {
    private static final Duration READY_WITHIN = Duration.ofSeconds(20);

    private final Process xvfb;
    private final String name;

    private VirtualDisplay(Process xvfb, String name) {
        this.xvfb = xvfb;
        this.name = name;
    }

    /** Skips (under CI=true fails) the calling test when Xvfb is missing. */
    public static VirtualDisplay start() throws IOException, InterruptedException {
        Path program = ProgramRequirements.require("Xvfb", "xvfb");
        // 24-bit colour, as JavaFX's GTK glass expects; no TCP listener, only the local socket
        Process xvfb = new ProcessBuilder(program.toString(), "-displayfd", "1", "-screen", "0", "1280x800x24",
                "-nolisten", "tcp").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            return new VirtualDisplay(xvfb, ":" + displayNumber(xvfb));
        } catch (IOException | RuntimeException e) {
            xvfb.destroyForcibly();
            throw e;
        }
    }

    /** The value for DISPLAY. */
    public String name() {
        return name;
    }

    /** The whole screen as a PNG; skips (under CI=true fails) the calling test when ImageMagick is missing. */
    public Path screenshot(Path file) throws IOException, InterruptedException {
        Path program = ProgramRequirements.require("import", "imagemagick");
        ProgramRun.run(Duration.ofSeconds(30), program.toString(), "-display", name, "-window", "root",
                file.toString()).succeeded();
        return file;
    }

    @Override
    public void close() throws InterruptedException {
        xvfb.destroy();
        if (!xvfb.waitFor(10, TimeUnit.SECONDS)) {
            xvfb.destroyForcibly();
            xvfb.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Xvfb writes the display number once it accepts clients. */
    private static String displayNumber(Process xvfb) throws IOException, InterruptedException {
        String number = ProcessOutput.firstLine(xvfb, READY_WITHIN).orElse("").strip();
        if (!number.matches("\\d+")) {
            throw new IOException("Xvfb named no display within " + READY_WITHIN.toSeconds() + " s (it "
                    + (xvfb.isAlive() ? "still runs" : "ended with exit code " + xvfb.exitValue()) + ")");
        }
        return number;
    }
}
