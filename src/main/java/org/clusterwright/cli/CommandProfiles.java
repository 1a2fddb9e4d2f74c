package org.clusterwright.cli;

import org.clusterwright.profile.Profile;
import org.clusterwright.profile.ProfileException;
import org.clusterwright.profile.ProfileLocations;
import org.clusterwright.profile.ProfileStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Loads the profile a command was given; one that cannot be read ends the command as unusable input. */
final class CommandProfiles {
    private CommandProfiles() {
    }

    /**
     * The profile a command means when none is given: the only one in the default folder, where the wizard saves
     * them. With none or several there, the user must say which.
     */
    static Path onlyDefault() {
        return onlyIn(ProfileLocations.defaultFolder());
    }

    static Path onlyIn(Path folder) {
        List<Path> profiles;
        try (Stream<Path> files = Files.list(folder)) {
            // earlier versions left a results file beside each profile; the journal (.jsonl) is no profile either
            profiles = files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .filter(f -> !f.getFileName().toString().endsWith("-results.json")).sorted().toList();
        } catch (IOException e) {
            profiles = List.of();
        }
        if (profiles.size() != 1) {
            throw UsableInputException.unusable("name the profile with --profile FILE: the default folder " + folder
                    + (profiles.isEmpty() ? " holds none." : " holds " + profiles.size() + ": " + profiles.stream()
                    .map(p -> p.getFileName().toString()).collect(Collectors.joining(", ")) + "."));
        }
        return profiles.get(0);
    }

    static Profile load(Path file) {
        try {
            return new ProfileStore().load(file);
        } catch (ProfileException e) {
            throw UsableInputException.unusable(e.getMessage());
        }
    }
}
