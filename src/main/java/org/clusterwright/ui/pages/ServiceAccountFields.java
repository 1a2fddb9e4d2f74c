package org.clusterwright.ui.pages;

import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.clusterwright.database.ConnectionStringParser;
import org.clusterwright.database.SqlServerConnectionString;
import org.clusterwright.profile.DatabaseSettings;
import org.clusterwright.profile.DomainAuth;
import org.clusterwright.profile.ProfileProblem.Section;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.secrets.Secret;
import org.clusterwright.ui.viewmodel.WizardModel;
import org.clusterwright.ui.widgets.Forms;
import org.clusterwright.ui.widgets.PageLayout;

/**
 * The account the product's service runs as, shown only while the connection string uses Integrated Security:
 * the database test then logs in as that account (Kerberos or NTLM), so its name, its password (kept in the secret
 * store, never in the profile) and how it may prove itself are asked for here.
 */
final class ServiceAccountFields {
    private final WizardModel model;
    private final TextField account = new TextField();
    private final PasswordField password = new PasswordField();
    private final ComboBox<DomainAuth> auth = new ComboBox<>(FXCollections.observableArrayList(DomainAuth.values()));
    private final VBox view;
    private boolean updating;

    ServiceAccountFields(WizardModel model) {
        this.model = model;
        account.setId("service-account");
        account.setPromptText("CORP\\svc-proget or svc-proget@CORP.EXAMPLE");
        password.setId("service-account-password");
        auth.setId("service-account-auth");
        account.textProperty().addListener((obs, was, now) -> {
            if (!updating) {
                settings().setServiceAccount(now);
                model.edited(Section.DATABASE);
            }
        });
        password.textProperty().addListener((obs, was, now) -> {
            if (!updating) {
                remember(now == null || now.isEmpty() ? null : Secret.of(now));
            }
        });
        auth.valueProperty().addListener((obs, was, now) -> {
            if (!updating && now != null) {
                settings().setServiceAccountAuth(now);
                model.edited(Section.DATABASE);
            }
        });
        Node fields = new Forms()
                .field("Service account", account)
                .field("Service account password", password)
                .field("Log in with", auth).build();
        view = new VBox(8, PageLayout.section("Service account (Integrated Security)"), fields,
                PageLayout.note("Integrated Security logs in as the account the product's service runs as. The test"
                        + " logs in as that account, with Kerberos or NTLM; group Managed Service Accounts and NETWORK"
                        + " SERVICE cannot be proven from here, and the result says what to run on the node instead."));
        view.setId("service-account-fields");
        view.managedProperty().bind(view.visibleProperty());
        model.revisionProperty().addListener((obs, was, now) -> refreshVisibility());
        model.profileProperty().addListener((obs, was, now) -> reload());
        reload();
    }

    Node view() {
        return view;
    }

    private void refreshVisibility() {
        DatabaseSettings settings = settings();
        String text = settings.getConnectionString();
        boolean integrated = text != null && ConnectionStringParser.parse(settings.getKind(), text).value()
                .filter(SqlServerConnectionString.class::isInstance).map(SqlServerConnectionString.class::cast)
                .map(SqlServerConnectionString::integratedSecurity).orElse(false);
        view.setVisible(integrated);
    }

    private void remember(Secret secret) {
        String profileId = model.profile().getId();
        if (secret == null) {
            model.secrets().remove(profileId, SecretRef.SERVICE_ACCOUNT_PASSWORD);
        } else {
            model.secrets().put(profileId, SecretRef.SERVICE_ACCOUNT_PASSWORD, secret);
            settings().setServiceAccountPassword(SecretRef.SERVICE_ACCOUNT_PASSWORD);
        }
    }

    private void reload() {
        updating = true;
        DatabaseSettings settings = settings();
        account.setText(settings.getServiceAccount() == null ? "" : settings.getServiceAccount());
        password.setText(model.secrets().get(model.profile().getId(), SecretRef.SERVICE_ACCOUNT_PASSWORD)
                .map(Secret::reveal).orElse(""));
        auth.setValue(settings.getServiceAccountAuth() == null ? DomainAuth.AUTO : settings.getServiceAccountAuth());
        updating = false;
        refreshVisibility();
    }

    private DatabaseSettings settings() {
        return model.profile().getDatabase();
    }
}
