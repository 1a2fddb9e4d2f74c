package org.clusterwright.installer;

import org.clusterwright.testing.FirstPageLaunch;
import org.clusterwright.testing.ProgramRun;
import org.clusterwright.testing.VirtualDisplay;
import org.clusterwright.ui.Screenshots;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The .deb that {@code mvn -Pinstaller package} made, unpacked as dpkg would install it and run from there: the
 * command line through the link on PATH (checking the demo lab it starts), and the wizard on a virtual display.
 */
@EnabledOnOs(OS.LINUX)
class DebianPackageIT {
    private static final Duration COMMAND_DEADLINE = Duration.ofSeconds(60);
    private static final Duration FIRST_PAGE_DEADLINE = Duration.ofSeconds(60);

    @TempDir
    static Path folder;
    private static UnpackedDeb deb;
    private static Path home;

    @BeforeAll
    static void unpack() throws IOException, InterruptedException {
        deb = UnpackedDeb.unpack(installerDir(), folder);
        home = Files.createDirectories(folder.resolve("home"));
    }

    @Test
    void theControlFileNamesThePackageItsReleaseVersionAndGtk() throws Exception {
        String releaseVersion = System.getProperty("clusterwright.project.version").replace("-SNAPSHOT", "");
        assertThat(System.getProperty("clusterwright.app.version"))
                .as("the pom's app.version, which jpackage stamps on the installers, follows the project's version")
                .isEqualTo(releaseVersion);
        assertThat(deb.field("Package")).isEqualTo("clusterwright");
        assertThat(deb.field("Version")).isEqualTo(releaseVersion + "-1");
        assertThat(deb.field("Depends").split(",\\s*")).contains("libgtk-3-0");
        assertThat(deb.field("Maintainer")).as("vendor and address from installer/app.args and linux.args")
                .isEqualTo("Clusterwright <maintainers@clusterwright.invalid>");
    }

    @Test
    void theLauncherOnPathIsTheCommandLine() throws Exception {
        Path clusterwright = deb.linkAsPostinstDoes();
        assertThat(clusterwright).hasFileName("clusterwright");
        assertThat(clusterwright.getParent()).hasFileName("bin");

        ProgramRun version = run(clusterwright, "--version").succeeded();
        assertThat(version.output()).contains("Clusterwright " + System.getProperty("clusterwright.project.version"))
                .containsPattern("commit ([0-9a-f]{40}|unknown)").contains("Java 17").contains("OS Linux");

        try (PackagedLab lab = PackagedLab.start(clusterwright, folder.resolve("lab"), environment())) {
            ProgramRun check = run(clusterwright, "check", "--profile", lab.profile().toString(),
                    "--secrets-file", lab.secrets().toString(), "--timeout", "5");
            // the lab's real PostgreSQL, nodes and storage answer; one node keeps a key of its own, so exit code 2
            assertThat(check.exitCode()).as(check.toString()).isEqualTo(2);
            assertThat(check.output()).containsPattern("PASS +db\\.login").containsPattern("PASS +storage\\.write")
                    .containsPattern("PASS +verify\\.health +proget-3").containsPattern("FAIL +key\\.consistent");
            // the lab's embedded PostgreSQL logs each step of its start (through slf4j): into the log file in the
            // OS's log folder, beside each run's first line, and never onto a console
            Path log = home.resolve(".local/state/clusterwright/logs/clusterwright.log");
            assertThat(log).isRegularFile();
            assertThat(Files.readString(log)).contains("io.zonky.test.db.postgres", "initdb completed",
                    ": clusterwright check --profile");
            assertThat(lab.output()).doesNotContain("io.zonky", "initdb");
            assertThat(check.output()).doesNotContain("io.zonky", "SLF4J", " INFO ");
        }
    }

    @Test
    void theAppCarriesTheSoftwareBillOfMaterialsOfWhatItShips() throws Exception {
        // cyclonedx-maven-plugin's makeBom runs only when Maven is online, as scripts/test and CI run it
        if ("[true]".equals(System.getProperty("clusterwright.maven.offline"))) {
            String reason = "Maven ran offline (-o), so cyclonedx-maven-plugin made no SBOM.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(reason + " CI=true, so this fails instead of skipping.");
            }
            Assumptions.abort(reason);
        }
        String sbom = Files.readString(deb.installed("/opt/clusterwright/lib/app/clusterwright.cdx.json"));
        assertThat(sbom).contains("\"bomFormat\" : \"CycloneDX\"").contains("pkg:maven/com.microsoft.sqlserver/mssql-jdbc@")
                .contains("pkg:maven/org.postgresql/postgresql@").contains("pkg:maven/org.openjfx/javafx-controls@")
                .doesNotContain("junit-jupiter");
    }

    @Test
    void theWizardShowsItsFirstPageOnAnXDisplay() throws Exception {
        Path launcher = deb.installed("/opt/clusterwright/bin/Clusterwright");
        Path screenshot = Files.createDirectories(Screenshots.folder()).resolve("packaged-app-first-page.png");
        try (VirtualDisplay display = VirtualDisplay.start();
             FirstPageLaunch wizard = FirstPageLaunch.start(launcher, display, home)) {
            Duration shown = wizard.awaitFirstPage(FIRST_PAGE_DEADLINE);
            display.screenshot(screenshot);
            System.out.printf("The packaged wizard showed its first page %d ms after launch; screenshot %s%n",
                    shown.toMillis(), screenshot);
        }
        BufferedImage screen = ImageIO.read(screenshot.toFile());
        // Xvfb's screen is black; the wizard's window, light with the accent colour in its title and step list,
        // covers most of it
        assertThat(share(screen, 0xf0f0f0, 40)).as("share of light pixels").isGreaterThan(0.5);
        assertThat(share(screen, 0x1f5f99, 30)).as("share of accent-coloured pixels").isGreaterThan(0.0005);
    }

    @Test
    void theRuntimeHoldsEveryModuleTheJarsNeed() throws Exception {
        Path app = deb.installed("/opt/clusterwright/lib/app");
        RuntimeModules runtime = RuntimeModules.of(deb.installed("/opt/clusterwright/lib/runtime"));
        assertThat(runtime.names())
                .as("modules of the packaged runtime; add what is missing to --add-modules in installer/runtime.args")
                .containsAll(RuntimeModules.neededBy(app, installerDir().resolve("javafx")));
        assertThat(deb.installed("/opt/clusterwright/lib/runtime/lib/libglassgtk3.so"))
                .as("JavaFX's native libraries beside the JDK's, where JavaFX loads them from").isRegularFile();
        assertThat(app.resolve("lib")).as("JavaFX's jars stay out of the class path")
                .isDirectoryNotContaining(file -> file.getFileName().toString().startsWith("javafx-"));
    }

    /** target/installer, where Maven's installer profile left the .deb and JavaFX's jars it linked into the runtime. */
    private static Path installerDir() {
        return Path.of(System.getProperty("clusterwright.installer.dir"));
    }

    private static ProgramRun run(Path program, String... arguments) throws IOException, InterruptedException {
        String[] command = new String[arguments.length + 1];
        command[0] = program.toString();
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        return ProgramRun.run(COMMAND_DEADLINE, environment(), command);
    }

    /** A home of the test's own and secrets in memory: the user's profiles and keyring stay untouched. */
    private static Map<String, String> environment() {
        return Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", home.resolve(".config").toString(),
                "XDG_STATE_HOME", home.resolve(".local/state").toString(), "CLUSTERWRIGHT_KEYRING", "off");
    }

    /** The share of the image's pixels within {@code tolerance} of {@code rgb} in every channel. */
    private static double share(BufferedImage image, int rgb, int tolerance) {
        long near = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int pixel = image.getRGB(x, y);
                boolean close = true;
                for (int shift = 0; shift <= 16; shift += 8) {
                    close &= Math.abs((pixel >> shift & 0xff) - (rgb >> shift & 0xff)) <= tolerance;
                }
                near += close ? 1 : 0;
            }
        }
        return (double) near / ((long) image.getWidth() * image.getHeight());
    }
}
