package org.clusterwright.ui.pages;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import org.clusterwright.database.ConnectionStringParser;
import org.clusterwright.database.ConnectionStringPasswords;
import org.clusterwright.database.ParseOutcome;
import org.clusterwright.database.ParseProblem;
import org.clusterwright.profile.DatabaseSettings;
import org.clusterwright.profile.ProfileProblem.Section;
import org.clusterwright.ui.viewmodel.WizardModel;
import org.clusterwright.ui.widgets.SecretField;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The connection string field with live parse feedback and its JDBC form. A password typed or pasted into the
 * string is moved into the secret store when the field is left, so it is neither saved nor left on screen.
 */
final class ConnectionStringInput {
    private final WizardModel model;
    private final TextArea field = new TextArea();
    private final SecretField password;
    private final Label parseFeedback = new Label();
    private final Label jdbcPreview = new Label();
    private boolean updating;

    ConnectionStringInput(WizardModel model) {
        this.model = model;
        this.password = new SecretField(model, () -> settings().passwordRef(), ref -> settings().setPassword(ref),
                () -> model.edited(Section.DATABASE));
        field.setId("connection-string");
        field.setPrefRowCount(2);
        field.setWrapText(true);
        field.setPromptText("Server=sql1;Database=ProGet;User ID=proget;Password=…");
        password.setId("database-password");
        password.setPromptText("Taken from the connection string, or typed here");
        parseFeedback.setId("connection-string-feedback");
        parseFeedback.setWrapText(true);
        parseFeedback.setMinHeight(Region.USE_PREF_SIZE);
        jdbcPreview.setId("jdbc-preview");
        jdbcPreview.setWrapText(true);
        jdbcPreview.setMinHeight(Region.USE_PREF_SIZE);
        jdbcPreview.getStyleClass().add("monospace");

        field.textProperty().addListener((obs, was, now) -> {
            if (!updating) {
                settings().setConnectionString(now == null || now.isBlank() ? null : now.strip());
                model.edited(Section.DATABASE);
                reparse();
            }
        });
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                takePasswordOut();
            }
        });
        model.profileProperty().addListener((obs, was, now) -> reload());
        reload();
    }

    TextArea field() {
        return field;
    }

    SecretField password() {
        return password;
    }

    Label parseFeedback() {
        return parseFeedback;
    }

    Label jdbcPreview() {
        return jdbcPreview;
    }

    /** Shows the parse result of the current text; called on every edit and when the database kind changes. */
    void reparse() {
        String text = settings().getConnectionString();
        if (text == null) {
            show("", "", "");
            return;
        }
        ParseOutcome outcome = ConnectionStringParser.parse(settings().getKind(), text);
        String problems = Stream.concat(outcome.errors().stream(), outcome.warnings().stream())
                .map(ParseProblem::message).collect(Collectors.joining("\n"));
        String style = !outcome.ok() ? "feedback-error" : outcome.warnings().isEmpty() ? "feedback-ok" : "feedback-warning";
        String message = outcome.ok() && problems.isEmpty() ? "Well formed." : problems;
        show(message, style, outcome.value().map(cs -> cs.toJdbc().describeMasked()).orElse(""));
    }

    /** Moves a password found in the text into the secret store and leaves the string without it. */
    void takePasswordOut() {
        if (ConnectionStringPasswords.takeOut(model.profile(), model.secrets())) {
            model.edited(Section.DATABASE);
            reload();
        }
    }

    private void reload() {
        updating = true;
        String text = settings().getConnectionString();
        field.setText(text == null ? "" : text);
        updating = false;
        password.show();
        reparse();
    }

    private void show(String message, String style, String jdbc) {
        parseFeedback.setText(message);
        parseFeedback.getStyleClass().removeAll("feedback-error", "feedback-warning", "feedback-ok");
        if (!style.isEmpty()) {
            parseFeedback.getStyleClass().add(style);
        }
        jdbcPreview.setText(jdbc);
    }

    private DatabaseSettings settings() {
        return model.profile().getDatabase();
    }
}
