package org.clusterwright.ui.viewmodel;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.clusterwright.lab.Lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The Welcome page's demo lab: started off the FX thread, since PostgreSQL takes seconds to come up; its profile is
 * then opened in the wizard like any other. It runs in a temporary folder and is stopped, and the folder deleted,
 * when the wizard closes.
 */
public final class DemoLab {
    private final WizardModel model;
    /** Opens a profile as the wizard's Open does, asking first about unsaved changes. */
    private final Consumer<Path> open;
    private final BackgroundWork background;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper up = new ReadOnlyBooleanWrapper();
    // written by the worker when the lab is up, read when the wizard closes, which may be before that
    private Lab lab;
    private byte[] originalProfile = new byte[0];
    private boolean closed;

    public DemoLab(WizardModel model, Consumer<Path> open, Executor fxThread) {
        this.model = model;
        this.open = open;
        this.background = new BackgroundWork("demo-lab", fxThread);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return background.busyProperty();
    }

    /** True once the lab is up, until the wizard closes. */
    public ReadOnlyBooleanProperty runningProperty() {
        return up.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Starts the lab and opens its profile; when it already runs, opens its profile again. Call on the FX thread. */
    public void start() {
        Lab running = running();
        if (running != null) {
            open.accept(running.profileFile());
            return;
        }
        status.set("Starting the demo lab: PostgreSQL 17 and three ProGet nodes on this machine…");
        background.start(() -> {
            Lab started = Lab.start(Files.createTempDirectory("clusterwright-lab"), model.secrets());
            if (!keep(started)) {
                return () -> { };
            }
            return () -> {
                up.set(true);
                status.set("The demo lab is running and its profile is open: " + Lab.NODE_NAMES.size()
                        + " ProGet nodes, one with an odd EncryptionKey. It stops when Clusterwright closes.");
                open.accept(started.profileFile());
            };
        }, failure -> () -> status.set("The demo lab did not start: " + (failure.getMessage() == null
                ? failure.getClass().getSimpleName() : failure.getMessage())));
    }

    /** Stops the lab, waiting until PostgreSQL is gone, and deletes its folder. Called when the wizard closes. */
    public void stop() {
        Lab running;
        synchronized (this) {
            closed = true;
            running = lab;
            lab = null;
        }
        if (running != null) {
            stopAndDelete(running);
        }
    }

    private synchronized Lab running() {
        return lab;
    }

    /**
     * What the person made in the running lab's folder, which is deleted with it; empty when no lab runs. Call on
     * the FX thread.
     */
    public Optional<LabWork> work() {
        Lab running = running();
        if (running == null) {
            return Optional.empty();
        }
        Path profile = running.profileFile();
        boolean unsaved = model.dirtyProperty().get() && profile.equals(model.fileProperty().get());
        try {
            return Optional.of(LabWork.in(profile.getParent(), profile, originalProfile(), unsaved));
        } catch (IOException e) {
            // a folder that cannot be listed holds nothing that could be copied either
            return Optional.of(new LabWork(profile.getParent(), List.of(), unsaved));
        }
    }

    /** True when {@code file} is the profile of the lab running in this wizard. */
    public boolean isLabProfile(Path file) {
        Lab running = running();
        return running != null && running.profileFile().equals(file);
    }

    private synchronized byte[] originalProfile() {
        return originalProfile;
    }

    /** Keeps a lab that finished starting, unless the wizard closed meanwhile: then it is stopped at once. */
    private boolean keep(Lab started) {
        byte[] written;
        try {
            written = Files.readAllBytes(started.profileFile());
        } catch (IOException e) {
            written = new byte[0];
        }
        synchronized (this) {
            if (!closed) {
                lab = started;
                originalProfile = written;
                return true;
            }
        }
        stopAndDelete(started);
        return false;
    }

    private static void stopAndDelete(Lab lab) {
        lab.stop();
        try {
            lab.folder().delete();
        } catch (IOException e) {
            // a temporary folder: the system's temp cleanup takes what is left
        }
    }
}
