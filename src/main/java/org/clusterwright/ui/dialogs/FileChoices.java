package org.clusterwright.ui.dialogs;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the wizard asks the person for a file or a folder. The desktop's own choosers in the program; tests give
 * answers of their own, since no robot can drive a native dialog.
 */
public interface FileChoices {

    /** A kind of file a chooser offers: {@code description} and a pattern such as {@code *.pdf}. */
    record Kind(String description, String pattern) {
    }

    Optional<Path> fileToSave(Window owner, String title, Path folder, String name, Kind kind);

    Optional<Path> fileToOpen(Window owner, String title, Path folder, Kind kind);

    Optional<Path> folder(Window owner, String title, Path folder);

    /** The desktop's file and folder choosers, opening in {@code folder} when it exists. */
    static FileChoices desktop() {
        return new FileChoices() {
            @Override
            public Optional<Path> fileToSave(Window owner, String title, Path folder, String name, Kind kind) {
                FileChooser chooser = chooser(title, folder, kind);
                chooser.setInitialFileName(name);
                return path(chooser.showSaveDialog(owner));
            }

            @Override
            public Optional<Path> fileToOpen(Window owner, String title, Path folder, Kind kind) {
                return path(chooser(title, folder, kind).showOpenDialog(owner));
            }

            @Override
            public Optional<Path> folder(Window owner, String title, Path folder) {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle(title);
                if (Files.isDirectory(folder)) {
                    chooser.setInitialDirectory(folder.toFile());
                }
                return path(chooser.showDialog(owner));
            }

            private FileChooser chooser(String title, Path folder, Kind kind) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.description(), kind.pattern()));
                if (Files.isDirectory(folder)) {
                    chooser.setInitialDirectory(folder.toFile());
                }
                return chooser;
            }

            private Optional<Path> path(File chosen) {
                return Optional.ofNullable(chosen).map(File::toPath);
            }
        };
    }
}
