package org.clusterwright.ui.dialogs;

import javafx.stage.Window;
import org.clusterwright.profile.ProfileException;
import org.clusterwright.ui.viewmodel.DemoLab;
import org.clusterwright.ui.viewmodel.LabWork;
import org.clusterwright.ui.viewmodel.WizardModel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** What closing the wizard asks first, so nothing the person made is lost: unsaved changes, and the demo lab's work. */
public final class CloseQuestions {
    private final WizardModel model;
    private final ProfileFiles files;
    private final DemoLab lab;
    private final FileChoices choices;
    private final Supplier<Window> owner;

    public CloseQuestions(WizardModel model, ProfileFiles files, DemoLab lab, FileChoices choices,
                          Supplier<Window> owner) {
        this.model = model;
        this.files = files;
        this.lab = lab;
        this.choices = choices;
        this.owner = owner;
    }

    /** True when the wizard may close: nothing would be lost, or the person chose what to keep. */
    public boolean confirm() {
        // the lab's own profile is asked about with the lab's other work: saving it into the lab's folder keeps nothing
        if (!lab.isLabProfile(model.fileProperty().get()) && !files.confirmDiscard()) {
            return false;
        }
        Optional<LabWork> work = lab.work().filter(w -> !w.isEmpty());
        if (work.isEmpty()) {
            return true;
        }
        return switch (LabWorkDialog.ask(owner.get(), work.get())) {
            case CANCEL -> false;
            case DISCARD -> true;
            case KEEP -> keep(work.get());
        };
    }

    private boolean keep(LabWork work) {
        Optional<Path> folder = choices.folder(owner.get(), "Where to keep copies of the demo lab's work",
                Documents.folder());
        if (folder.isEmpty()) {
            return false;
        }
        try {
            work.keepIn(folder.get(), model);
            return true;
        } catch (IOException | ProfileException e) {
            Dialogs.error(owner.get(), "The copies could not be kept", e.getMessage() + " Nothing was closed.");
            return false;
        }
    }
}
