package org.clusterwright.installer;

import org.clusterwright.testing.ContinuousIntegration;
import org.clusterwright.testing.ProgramRequirements;
import org.clusterwright.testing.ProgramRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The .deb installed for real, as an administrator installs it, then removed: its postinst puts the command on PATH,
 * adds the menu entry and dumps the class data archive in /opt/clusterwright; its prerm takes all three away, and
 * nothing of the package is left. It changes the machine, so it runs only as root on a machine where Clusterwright
 * is not installed (a CI machine, or scripts/test run as root); elsewhere it skips with the reason, and under
 * CI ({@link ContinuousIntegration}) it fails instead, so CI cannot lose it silently.
 */
@EnabledOnOs(OS.LINUX)
class DebianInstallIT {
    private static final Path OPT = Path.of("/opt/clusterwright");
    private static final Path ON_PATH = Path.of("/usr/bin/clusterwright");
    private static final Path ARCHIVE = OPT.resolve("lib/app/clusterwright.jsa");
    private static final Path MENU_ENTRY = Path.of("/usr/share/applications/clusterwright-Clusterwright.desktop");
    private static final Duration INSTALL_DEADLINE = Duration.ofMinutes(5);
    private static final Duration COMMAND_DEADLINE = Duration.ofSeconds(60);

    @TempDir
    Path home;

    @Test
    void installingPutsTheCommandOnPathWithItsArchiveAndRemovingLeavesNothing() throws Exception {
        Path deb = UnpackedDeb.find(Path.of(System.getProperty("clusterwright.installer.dir")));
        String dpkg = ProgramRequirements.require("dpkg", "dpkg").toString();
        String apt = ProgramRequirements.require("apt-get", "apt").toString();
        decide(reasonNotToInstall(dpkg));
        try {
            // apt-get, not dpkg -i: it installs what the package depends on, as an administrator's install does
            ProgramRun install = ProgramRun.run(INSTALL_DEADLINE, Map.of("DEBIAN_FRONTEND", "noninteractive"), apt,
                    "install", "-y", "-q", "--no-install-recommends", deb.toAbsolutePath().toString()).succeeded();

            assertThat(Files.readSymbolicLink(ON_PATH)).isEqualTo(OPT.resolve("bin/Clusterwright"));
            // a machine without a desktop has no menu to add the entry to; the install goes on and says so
            boolean noMenu = install.output().contains("no desktop menu on this machine, so no menu entry");
            assertThat(Files.isRegularFile(MENU_ENTRY)).as("menu entry added, unless postinst said there is no menu")
                    .isNotEqualTo(noMenu);
            assertThat(ARCHIVE).as("the class data archive postinst dumps").isNotEmptyFile();
            // -Xshare:on: the JVM stops with an error unless it can map the archive, so this passes only when
            // postinst dumped it for the class path the installed launcher has
            ProgramRun version = ProgramRun.run(COMMAND_DEADLINE, environment("-Xshare:on"), ON_PATH.toString(),
                    "--version").succeeded();
            assertThat(version.output()).contains("Clusterwright " + System.getProperty("clusterwright.project.version"));

            ProgramRun.run(INSTALL_DEADLINE, dpkg, "--remove", "clusterwright").succeeded();

            assertThat(ON_PATH).doesNotExist();
            assertThat(MENU_ENTRY).doesNotExist();
            assertThat(OPT).as("dpkg removes the package's files; prerm removes the archive, which is not one of them")
                    .doesNotExist();
        } finally {
            ProgramRun.run(INSTALL_DEADLINE, dpkg, "--purge", "clusterwright");
        }
    }

    /** Why this machine is not one to install on, if it is not. */
    private static Optional<String> reasonNotToInstall(String dpkg) throws IOException, InterruptedException {
        String user = ProgramRun.run(COMMAND_DEADLINE, "id", "-u").succeeded().output().strip();
        if (!user.equals("0")) {
            return Optional.of("Installing the .deb needs root (this runs as user " + user + "); run scripts/test as"
                    + " root, as CI does.");
        }
        ProgramRun status = ProgramRun.run(COMMAND_DEADLINE, dpkg, "--status", "clusterwright");
        if (status.exitCode() == 0 || Files.exists(OPT) || Files.exists(ON_PATH, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("Clusterwright is installed on this machine (" + OPT + " or the clusterwright package);"
                    + " this test installs and removes the package, so it leaves that install alone.");
        }
        return Optional.empty();
    }

    private static void decide(Optional<String> reason) {
        if (reason.isEmpty()) {
            return;
        }
        ContinuousIntegration.skipOrFail(reason.get());
    }

    private Map<String, String> environment(String javaOptions) {
        return Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", home.resolve(".config").toString(),
                "XDG_STATE_HOME", home.resolve(".local/state").toString(), "CLUSTERWRIGHT_KEYRING", "off",
                "JAVA_TOOL_OPTIONS", javaOptions);
    }
}
