package org.clusterwright.ui.viewmodel;

import org.clusterwright.profile.ProfileException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a person made in the demo lab's folder, which goes with the lab when the wizard closes: the lab's profile
 * once changed (saved or not), and files written beside it (exported reports, saved results, scripts).
 *
 * @param folder         the lab's folder
 * @param files          files there that the lab did not make, or that changed since it made them
 * @param unsavedProfile the lab's profile is open with changes not saved yet
 */
public record LabWork(Path folder, List<Path> files, boolean unsavedProfile) {
    /** What the lab itself keeps in its folder's top level, which is none of the person's work. */
    private static final List<String> LAB_FILES = List.of(".clusterwright-lab", "lab.pid", "postgres.log");

    public LabWork {
        files = List.copyOf(files);
    }

    public boolean isEmpty() {
        return files.isEmpty() && !unsavedProfile;
    }

    /** The work in {@code folder}, whose lab wrote {@code profile} with {@code originalProfile} as its bytes. */
    static LabWork in(Path folder, Path profile, byte[] originalProfile, boolean unsavedProfile) throws IOException {
        List<Path> made = new ArrayList<>();
        try (Stream<Path> top = Files.list(folder)) {
            for (Path file : top.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                boolean changedProfile = file.equals(profile) && !Arrays.equals(Files.readAllBytes(file), originalProfile);
                if (changedProfile || !file.equals(profile) && !LAB_FILES.contains(name)) {
                    made.add(file);
                }
            }
        }
        return new LabWork(folder, made, unsavedProfile);
    }

    /** Copies the work into {@code target}, the open profile with its unsaved changes included. */
    public void keepIn(Path target, WizardModel model) throws IOException, ProfileException {
        Files.createDirectories(target);
        for (Path file : files) {
            Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        if (unsavedProfile) {
            model.save(target.resolve(model.fileProperty().get().getFileName()));
        }
    }
}
