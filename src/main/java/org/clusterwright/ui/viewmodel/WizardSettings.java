package org.clusterwright.ui.viewmodel;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.clusterwright.io.AtomicFiles;
import org.clusterwright.profile.ProfileLocations;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * What the wizard remembers between sessions, beside the profiles folder: the last profile and page, where the
 * divider between a page's form and its results was, and the window's size. Nothing in it is a secret or part of a
 * profile. A file that cannot be read or written costs only the remembering, never the session.
 */
public final class WizardSettings {
    private static final String FILE_NAME = "wizard.properties";
    /** The form above the results, as a new user first sees a step page. */
    public static final double DEFAULT_DIVIDER = 0.52;

    private final Path file;
    private final Properties values = new Properties();
    private final DoubleProperty divider = new SimpleDoubleProperty(DEFAULT_DIVIDER);

    private WizardSettings(Path file) {
        this.file = file;
    }

    /** The settings of this user, in the folder above the default profiles folder. */
    public static WizardSettings ofUser() {
        return at(ProfileLocations.defaultFolder().getParent().resolve(FILE_NAME));
    }

    /** The settings kept in {@code file}; empty when it does not exist yet or cannot be read. */
    public static WizardSettings at(Path file) {
        WizardSettings settings = new WizardSettings(file);
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                settings.values.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                settings.values.clear();
            }
        }
        settings.divider.set(settings.number("divider").filter(d -> d > 0.1 && d < 0.9).orElse(DEFAULT_DIVIDER));
        return settings;
    }

    /** Where a step page's divider between form and results sits, as a share of its height; every page shares it. */
    public DoubleProperty dividerProperty() {
        return divider;
    }

    public Optional<Path> lastProfile() {
        try {
            return text("profile").map(Path::of).filter(Files::isRegularFile);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    public Optional<PageId> lastPage() {
        return text("page").flatMap(name -> {
            try {
                return Optional.of(PageId.valueOf(name));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    /** The window's last width and height, when both were kept. */
    public Optional<double[]> windowSize() {
        Optional<Double> width = number("width");
        Optional<Double> height = number("height");
        return width.isPresent() && height.isPresent()
                ? Optional.of(new double[] {width.get(), height.get()}) : Optional.empty();
    }

    public boolean maximized() {
        return Boolean.parseBoolean(values.getProperty("maximized", "false"));
    }

    /**
     * Keeps what the session ended with. {@code profile} is empty for a profile that will not be there next time
     * (never saved, or the demo lab's, whose folder goes with the lab).
     */
    public void remember(Optional<Path> profile, PageId page, double width, double height, boolean isMaximized) {
        profile.ifPresentOrElse(p -> values.setProperty("profile", p.toAbsolutePath().toString()),
                () -> values.remove("profile"));
        values.setProperty("page", page.name());
        values.setProperty("divider", String.valueOf(divider.get()));
        values.setProperty("maximized", String.valueOf(isMaximized));
        if (!isMaximized) {
            values.setProperty("width", String.valueOf(width));
            values.setProperty("height", String.valueOf(height));
        }
        save();
    }

    private void save() {
        try {
            StringWriter text = new StringWriter();
            values.store(text, "Clusterwright wizard: last profile, page, divider and window size");
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // remembering is a convenience: a read-only home folder must not stop the wizard from closing
        }
    }

    private Optional<String> text(String key) {
        return Optional.ofNullable(values.getProperty(key)).filter(v -> !v.isBlank());
    }

    private Optional<Double> number(String key) {
        try {
            return text(key).map(Double::valueOf).filter(d -> !d.isNaN() && !d.isInfinite());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
