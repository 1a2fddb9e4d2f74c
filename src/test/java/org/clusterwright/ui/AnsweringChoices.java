package org.clusterwright.ui;

import javafx.stage.Window;
import org.clusterwright.ui.dialogs.FileChoices;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * File choosers that answer as a person would, for tests: a file to save goes into {@code folder} under the name
 * offered, a folder asked for is {@code folder}; nothing is opened. Each question is kept, with the folder it was
 * asked in, so a test can check where the wizard offered to put things.
 */
final class AnsweringChoices implements FileChoices {
    /** One question the wizard asked: its title and the folder the chooser opened in. */
    record Question(String title, Path startedIn) {
    }

    private final Path folder;
    private final List<Question> asked = new ArrayList<>();

    AnsweringChoices(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    List<Question> asked() {
        return asked;
    }

    @Override
    public Optional<Path> fileToSave(Window owner, String title, Path start, String name, Kind kind) {
        asked.add(new Question(title, start));
        return Optional.of(folder.resolve(name));
    }

    @Override
    public Optional<Path> fileToOpen(Window owner, String title, Path start, Kind kind) {
        asked.add(new Question(title, start));
        return Optional.empty();
    }

    @Override
    public Optional<Path> folder(Window owner, String title, Path start) {
        asked.add(new Question(title, start));
        return Optional.of(folder);
    }
}
