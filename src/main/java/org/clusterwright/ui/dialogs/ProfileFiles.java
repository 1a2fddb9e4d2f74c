package org.clusterwright.ui.dialogs;

import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.clusterwright.lab.LabWarnings;
import org.clusterwright.profile.ProfileException;
import org.clusterwright.profile.ProfileLocations;
import org.clusterwright.ui.viewmodel.WizardModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** The file side of the wizard: new, open, save, save as, with errors shown to the user and nothing lost. */
public final class ProfileFiles {
    private final WizardModel model;
    private final Supplier<Window> owner;
    private static final FileChoices.Kind PROFILES = new FileChoices.Kind("Clusterwright profiles", "*.json");

    private final Path folder;
    private final FileChoices choices;

    public ProfileFiles(WizardModel model, Supplier<Window> owner, Path folder, FileChoices choices) {
        this.model = model;
        this.owner = owner;
        this.folder = folder;
        this.choices = choices;
    }

    public Path folder() {
        return folder;
    }

    public List<Path> savedProfiles() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    public void createNew() {
        if (confirmDiscard()) {
            model.newProfile(model.profile().getProduct(), null);
        }
    }

    public void open(Path file) {
        if (!confirmDiscard()) {
            return;
        }
        try {
            model.open(file);
        } catch (ProfileException e) {
            Dialogs.error(owner.get(), "The profile could not be opened", e.getMessage());
        }
    }

    public void openWithChooser() {
        choices.fileToOpen(owner.get(), "Open a Clusterwright profile", folder, PROFILES).ifPresent(this::open);
    }

    /** Saves to the current file, or into the profile folder under a name made from the cluster's name. */
    public boolean save() {
        Path target = model.fileProperty().get() != null ? model.fileProperty().get()
                : folder.resolve(ProfileLocations.fileNameFor(model.profile().getName()));
        return saveTo(target);
    }

    /** Asks where to save, starting in the profile's own folder, or the documents folder for a demo lab's. */
    public boolean saveAs() {
        Path current = model.fileProperty().get();
        Path start = current == null ? folder : LabWarnings.isLabProfile(current) ? Documents.folder() : current.getParent();
        return choices.fileToSave(owner.get(), "Save the profile as", start,
                ProfileLocations.fileNameFor(model.profile().getName()), PROFILES).map(this::saveTo).orElse(false);
    }

    private boolean saveTo(Path target) {
        try {
            model.save(target);
            return true;
        } catch (ProfileException e) {
            Dialogs.error(owner.get(), "The profile could not be saved", e.getMessage());
            return false;
        }
    }

    /** True when there are no unsaved changes, or the user chose to discard or save them. */
    public boolean confirmDiscard() {
        if (!model.dirtyProperty().get()) {
            return true;
        }
        Optional<ButtonType> answer = Dialogs.confirmDiscard(owner.get());
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return false;
        }
        return answer.get() != ButtonType.YES || save();
    }
}
