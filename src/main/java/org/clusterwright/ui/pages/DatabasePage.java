package org.clusterwright.ui.pages;

import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import org.clusterwright.engine.Step;
import org.clusterwright.profile.DatabaseKind;
import org.clusterwright.profile.ProfileProblem.Section;
import org.clusterwright.ui.viewmodel.CheckRunViewModel;
import org.clusterwright.ui.viewmodel.PageId;
import org.clusterwright.ui.viewmodel.WizardModel;
import org.clusterwright.ui.widgets.CheckPanel;
import org.clusterwright.ui.widgets.FieldFeedback;
import org.clusterwright.ui.widgets.Forms;
import org.clusterwright.ui.widgets.PageLayout;

/** Step 1: the servers of the cluster and the one connection string they all share. */
public final class DatabasePage implements WizardPage {
    private final WizardModel model;
    private final CheckRunViewModel checks;
    private final ConnectionStringInput connectionString;
    private final Node view;

    public DatabasePage(WizardModel model, CheckRunViewModel checks) {
        this.model = model;
        this.checks = checks;
        this.connectionString = new ConnectionStringInput(model);
        this.view = build();
    }

    @Override
    public PageId id() {
        return PageId.DATABASE;
    }

    @Override
    public Node view() {
        return view;
    }

    private Node build() {
        ComboBox<DatabaseKind> kind = new ComboBox<>(FXCollections.observableArrayList(DatabaseKind.values()));
        kind.setId("database-kind");
        Runnable refreshKind = () -> kind.setValue(model.profile().getDatabase().getKind());
        refreshKind.run();
        kind.valueProperty().addListener((obs, was, now) -> {
            if (now != null && now != model.profile().getDatabase().getKind()) {
                model.profile().getDatabase().setKind(now);
                model.edited(Section.DATABASE);
                connectionString.reparse();
            }
        });
        model.profileProperty().addListener((obs, was, now) -> refreshKind.run());

        TextArea text = connectionString.field();
        Forms database = new Forms()
                .field("Database _kind", kind).feedback(new FieldFeedback(model, "database.kind"))
                .field("_Connection string", text)
                .feedback(new FieldFeedback(model, "database.connectionString"))
                .feedback(connectionString.parseFeedback())
                .field("Pass_word", connectionString.password())
                .field("As JDBC", connectionString.jdbcPreview());

        CheckPanel checkPanel = new CheckPanel(checks, model.runningProperty(Step.DATABASE), "_Test connection");
        return PageLayout.withChecks(checkPanel, "Step 1: Database and servers",
                "Name the cluster and its product, list every server, then paste the connection string from one "
                        + "server's config file. Every server must use this same string to reach the same database. "
                        + "Test it here before anything is written.",
                PageLayout.section("This cluster"), ClusterFields.build(model), DetectionNote.build(model, checks),
                PageLayout.section("Servers"), new NodesEditor(model),
                PageLayout.section("Shared database"), database.build(), new ServiceAccountFields(model).view(),
                PageLayout.note("A password in the connection string is moved to " + model.secrets().describe()
                        + " when you leave the field; profiles never hold it."));
    }
}
