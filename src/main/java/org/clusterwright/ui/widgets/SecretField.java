package org.clusterwright.ui.widgets;

import javafx.scene.control.PasswordField;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.secrets.Secret;
import org.clusterwright.ui.viewmodel.WizardModel;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A password, API key or other secret, kept in the secret store under a reference, never in the profile. It shows
 * what is kept under the reference now (as dots); what is typed is kept there at once, and an emptied field removes
 * it. The store writes behind (see {@link WizardModel#secrets()}), so a keyring that is slow to answer never holds
 * the window up. Every copy of "remember this password" in the wizard is one of these.
 */
public final class SecretField extends PasswordField {
    private final WizardModel model;
    private final Consumer<SecretRef> pin;
    private final Runnable edited;
    private Supplier<SecretRef> where;
    private boolean showing;

    /**
     * @param where  the reference the secret is kept under now (the profile's, else the default), or null while
     *               there is nothing to keep it for (no node selected)
     * @param pin    records the reference in the profile once a secret is kept under it, so renaming what it
     *               belongs to does not lose it
     * @param edited what an edit means beyond the store, such as making a step's results stale
     */
    public SecretField(WizardModel model, Supplier<SecretRef> where, Consumer<SecretRef> pin, Runnable edited) {
        this.model = model;
        this.where = where;
        this.pin = pin;
        this.edited = edited;
        setPromptText("Kept in " + model.secrets().describe() + ", never in the profile");
        textProperty().addListener((obs, was, now) -> {
            if (!showing) {
                typed(now);
            }
        });
        model.profileProperty().addListener((obs, was, now) -> show());
        show();
    }

    /** A field for a secret with a fixed reference and nothing in the profile pointing to it, such as an API key. */
    public static SecretField fixed(WizardModel model, SecretRef ref, Runnable edited) {
        return new SecretField(model, () -> ref, unused -> { }, edited);
    }

    /** Binds the field to another reference, such as the node now selected, and shows what is kept there. */
    public void bind(Supplier<SecretRef> newWhere) {
        this.where = newWhere;
        show();
    }

    /** Shows what is kept under the reference now; an edit elsewhere (another profile, another node) calls this. */
    public void show() {
        SecretRef ref = where.get();
        showing = true;
        try {
            setText(ref == null ? "" : model.secrets().get(model.profile().getId(), ref).map(Secret::reveal).orElse(""));
        } finally {
            showing = false;
        }
    }

    /** Keeps {@code secret} as if it had been typed, for a secret found elsewhere (in a connection string). */
    public void keep(Secret secret) {
        write(secret);
        show();
    }

    private void typed(String text) {
        if (where.get() == null) {
            return;
        }
        write(text == null || text.isEmpty() ? null : Secret.of(text));
        edited.run();
    }

    private void write(Secret secret) {
        SecretRef ref = where.get();
        if (ref == null) {
            return;
        }
        String profileId = model.profile().getId();
        if (secret == null) {
            model.secrets().remove(profileId, ref);
        } else {
            model.secrets().put(profileId, ref, secret);
            pin.accept(ref);
        }
    }
}
