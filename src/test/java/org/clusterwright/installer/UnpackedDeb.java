package org.clusterwright.installer;

import org.clusterwright.testing.ProgramRequirements;
import org.clusterwright.testing.ProgramRun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A .deb unpacked with dpkg-deb as dpkg would install it, under a folder standing in for /: the files under
 * {@code root}, the control files (control, postinst, prerm) under {@code control}.
 */
record UnpackedDeb(Path deb, Path root, Path control) {
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final Pattern LINK = Pattern.compile("ln -sf (/\\S+) (/\\S+)");

    /** The one .deb in {@code folder}, unpacked into {@code into}. */
    static UnpackedDeb unpack(Path folder, Path into) throws IOException, InterruptedException {
        String dpkgDeb = ProgramRequirements.require("dpkg-deb", "dpkg").toString();
        UnpackedDeb unpacked = new UnpackedDeb(find(folder), into.resolve("root"), into.resolve("control"));
        ProgramRun.run(DEADLINE, dpkgDeb, "-x", unpacked.deb.toString(), unpacked.root.toString()).succeeded();
        ProgramRun.run(DEADLINE, dpkgDeb, "-e", unpacked.deb.toString(), unpacked.control.toString()).succeeded();
        return unpacked;
    }

    /** The one .deb in {@code folder}. */
    static Path find(Path folder) throws IOException {
        List<Path> debs;
        try (Stream<Path> files = Files.list(folder)) {
            debs = files.filter(file -> file.getFileName().toString().endsWith(".deb")).toList();
        }
        if (debs.size() != 1) {
            throw new AssertionError("expected one .deb in " + folder + " (made by mvn -Pinstaller package), found " + debs);
        }
        return debs.get(0);
    }

    /** One field of the control file, as dpkg-deb -f reads it. */
    String field(String name) throws IOException, InterruptedException {
        String dpkgDeb = ProgramRequirements.require("dpkg-deb", "dpkg").toString();
        return ProgramRun.run(DEADLINE, dpkgDeb, "-f", deb.toString(), name).succeeded().output().strip();
    }

    /** A path the package installs, such as /opt/clusterwright/bin/Clusterwright, inside the unpacked tree. */
    Path installed(String absolutePath) {
        return root.resolve(absolutePath.substring(1));
    }

    /**
     * Makes, inside the unpacked tree, the symbolic link the postinst script makes on a real install, and returns it.
     * Reading the link from the script keeps the test honest about what an installed system gets.
     */
    Path linkAsPostinstDoes() throws IOException {
        String postinst = Files.readString(control.resolve("postinst"));
        Matcher link = LINK.matcher(postinst);
        if (!link.find()) {
            throw new AssertionError("postinst makes no link onto PATH:\n" + postinst);
        }
        Path name = installed(link.group(2));
        Files.createDirectories(name.getParent());
        return Files.createSymbolicLink(name, installed(link.group(1)));
    }
}
