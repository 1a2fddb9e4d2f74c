package org.clusterwright.ui.widgets;

import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.ProfileStore;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.secrets.GatedSecretStore;
import org.clusterwright.secrets.Secret;
import org.clusterwright.ui.viewmodel.WizardModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The one secret field, over a keyring that is slow to answer: the window never waits for it, and nothing is lost. */
@ExtendWith(ApplicationExtension.class)
class SecretFieldTest {
    private final GatedSecretStore keyring = new GatedSecretStore();
    private final AtomicInteger edits = new AtomicInteger();
    private WizardModel model;
    private SecretField field;

    @Start
    void start(Stage stage) {
        model = new WizardModel(new ProfileStore(), keyring);
        field = new SecretField(model, () -> model.profile().getStorage().passwordRef(),
                ref -> model.profile().getStorage().setPassword(ref), edits::incrementAndGet);
        field.setId("secret");
        stage.setScene(new Scene(new VBox(new TextField(), field), 400, 100));
        stage.show();
    }

    @Test
    void whatIsTypedIsKeptUnderTheProfilesReferenceWithoutTheWindowWaitingForTheKeyring(FxRobot robot) {
        robot.clickOn("#secret").write("s3cret");

        // the keyring has not answered, yet the window took every key and reads the password back
        assertThat(keyring.get(model.profile().getId(), SecretRef.STORAGE_PASSWORD)).isEmpty();
        assertThat(model.secrets().get(model.profile().getId(), SecretRef.STORAGE_PASSWORD))
                .hasValueSatisfying(secret -> assertThat(secret.reveal()).isEqualTo("s3cret"));
        assertThat(model.profile().getStorage().getPassword()).isEqualTo(SecretRef.STORAGE_PASSWORD);
        assertThat(edits).hasValue("s3cret".length());

        keyring.open();
        robot.interact(model::close);
        assertThat(keyring.get(model.profile().getId(), SecretRef.STORAGE_PASSWORD))
                .hasValueSatisfying(secret -> assertThat(secret.reveal()).isEqualTo("s3cret"));
    }

    @Test
    void anotherProfileShowsItsOwnSecretAndAnEmptiedFieldRemovesIt(FxRobot robot) {
        keyring.open();
        robot.clickOn("#secret").write("first");
        String first = model.profile().getId();

        robot.interact(() -> model.newProfile(Product.PROGET, "Other"));
        assertThat(field.getText()).isEmpty();
        robot.interact(() -> model.secrets().put(model.profile().getId(), SecretRef.of("storage.other"), Secret.of("x")));
        robot.interact(() -> {
            model.profile().getStorage().setPassword(SecretRef.of("storage.other"));
            field.show();
        });
        assertThat(field.getText()).as("the profile's own reference, not the default").isEqualTo("x");

        robot.interact(field::clear);
        robot.interact(model::close);
        assertThat(keyring.get(model.profile().getId(), SecretRef.of("storage.other"))).isEmpty();
        assertThat(keyring.get(first, SecretRef.STORAGE_PASSWORD)).isPresent();
    }
}
