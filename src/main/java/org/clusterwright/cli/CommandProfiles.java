package org.clusterwright.cli;

import org.clusterwright.profile.Profile;
import org.clusterwright.profile.ProfileException;
import org.clusterwright.profile.ProfileStore;

import java.nio.file.Path;

/** Loads the profile a command was given; one that cannot be read ends the command as unusable input. */
final class CommandProfiles {
    private CommandProfiles() {
    }

    static Profile load(Path file) {
        try {
            return new ProfileStore().load(file);
        } catch (ProfileException e) {
            throw UsableInputException.unusable(e.getMessage());
        }
    }
}
