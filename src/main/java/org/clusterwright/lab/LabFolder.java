package org.clusterwright.lab;

import org.clusterwright.profile.ProfileLocations;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a lab keeps its files: each node's SharedConfig folder, the shared storage, the database's data, the
 * profile, and the control files a second command uses to reach the running lab. A folder is only ever emptied when
 * its marker says a lab made it, so pointing the lab at a folder of one's own never deletes anything.
 */
public record LabFolder(Path root) {
    private static final String MARKER = ".clusterwright-lab";

    public LabFolder {
        root = root.toAbsolutePath().normalize();
    }

    /** Beside the profiles folder, so {@code lab start} and {@code lab stop} without --folder find the same lab. */
    public static LabFolder byDefault() {
        return new LabFolder(ProfileLocations.defaultFolder().getParent().resolve("lab"));
    }

    public Path profile() {
        return root.resolve("lab-profile.json");
    }

    public Path storage() {
        return root.resolve("storage");
    }

    public Path database() {
        return root.resolve("database");
    }

    public Path nodeConfigFolder(String node) {
        return root.resolve("nodes").resolve(node).resolve("SharedConfig");
    }

    /** Where a Docker-style node's env file and compose file are, as on its Docker host. */
    public Path nodeDockerFolder(String node) {
        return root.resolve("nodes").resolve(node).resolve("docker");
    }

    /** The file that says a lab made this folder. */
    Path marker() {
        return root.resolve(MARKER);
    }

    Path control() {
        return root.resolve("control");
    }

    /** The id of the process running the lab, while it runs. */
    public Path pidFile() {
        return root.resolve("lab.pid");
    }

    Path postgresLog() {
        return root.resolve("postgres.log");
    }

    /**
     * Makes the folder ready for a new lab: creates it (owner-only, since node configs hold the database password),
     * or clears what an earlier lab left. Refuses a folder with files of someone else's.
     */
    void prepare() throws IOException {
        if (Files.isDirectory(root) && !isEmpty() && !Files.exists(root.resolve(MARKER))) {
            throw new IOException(root + " is not empty and was not made by a Clusterwright lab; choose an empty or a"
                    + " new folder.");
        }
        if (Files.exists(root)) {
            deleteContents();
        }
        Files.createDirectories(root);
        ownerOnly(root);
        Files.writeString(root.resolve(MARKER), "A Clusterwright demo lab; `clusterwright lab start` clears this"
                + " folder.\n");
        for (Path folder : List.of(storage(), control())) {
            Files.createDirectories(folder);
        }
    }

    private boolean isEmpty() throws IOException {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.findAny().isEmpty();
        }
    }

    private void deleteContents() throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (!dir.equals(root)) {
                    Files.delete(dir);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Deletes the whole lab folder, for a lab made in a temporary folder that nobody will look at again. */
    public void delete() throws IOException {
        if (Files.exists(root.resolve(MARKER))) {
            deleteContents();
            Files.delete(root);
        }
    }

    static void ownerOnly(Path folder) throws IOException {
        try {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException windows) {
            // Windows: the user's profile folders are already private to the user
        }
    }
}
