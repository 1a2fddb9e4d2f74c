package org.clusterwright.ui.pages;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.NodeRole;
import org.clusterwright.profile.ProfileProblem.Section;
import org.clusterwright.ui.viewmodel.WizardModel;
import org.clusterwright.ui.widgets.FieldFeedback;
import org.clusterwright.ui.widgets.Forms;
import org.clusterwright.ui.widgets.TextColumns;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The servers of the cluster: a table to pick one, and the fields of the picked one below it. */
final class NodesEditor extends VBox {
    private final WizardModel model;
    private final TableView<ClusterNode> table = new TableView<>();
    private final TextField name = new TextField();
    private final TextField host = new TextField();
    private final ComboBox<NodeAccess> access = new ComboBox<>(FXCollections.observableArrayList(NodeAccess.values()));
    private final TextField baseUrl = new TextField();
    private final CheckBox web = new CheckBox("W_eb");
    private final CheckBox service = new CheckBox("Serv_ice");
    private final FieldFeedback selectedFeedback;
    private final NodeAccessFields accessFields;
    private boolean showing;

    NodesEditor(WizardModel model) {
        this.model = model;
        setSpacing(8);
        table.setId("nodes");
        table.setPrefHeight(150);
        table.setMinHeight(130);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(TextColumns.of("Name", ClusterNode::getName));
        table.getColumns().add(TextColumns.of("Host", ClusterNode::getHost));
        table.getColumns().add(TextColumns.of("Reached by", n -> n.getAccess().displayName()));
        table.getColumns().add(TextColumns.of("Roles", n -> n.getRoles().stream().map(NodeRole::id).collect(Collectors.joining(", "))));
        table.getColumns().add(TextColumns.ofLong("Base URL", ClusterNode::getBaseUrl));
        // the base URL is the longest value: the other columns keep to what they hold, even at 1024 pixels
        double[] widths = {75, 75, 165, 80, 210};
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
        }
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> show(now));

        name.setId("node-name");
        host.setId("node-host");
        access.setId("node-access");
        baseUrl.setId("node-base-url");
        baseUrl.setPromptText("http://proget-1:8624/");
        selectedFeedback = new FieldFeedback(model, "nodes[-1]");
        accessFields = new NodeAccessFields(model, this::edited);
        wireEditors();

        Button add = new Button("_Add server");
        add.setId("add-node");
        add.setOnAction(e -> addNodes(List.of("")));
        Button remove = new Button("_Remove");
        remove.setId("remove-node");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> removeSelected());
        Button paste = new Button("Add _hosts…");
        paste.setId("paste-hosts");
        paste.setOnAction(e -> HostListDialog.ask(getScene().getWindow()).ifPresent(this::addNodes));

        Forms form = new Forms()
                .field("_Server name", name)
                .field("H_ost", host)
                .field("Reached b_y", access)
                .field("Base UR_L", baseUrl)
                .field("Roles", new HBox(16, web, service))
                .feedback(selectedFeedback);
        getChildren().addAll(table, new HBox(8, add, remove, paste), new FieldFeedback(model, "nodes"), form.build(),
                accessFields.view());
        model.profileProperty().addListener((obs, was, now) -> reload());
        reload();
    }

    private void reload() {
        ObservableList<ClusterNode> nodes = FXCollections.observableList(model.profile().getNodes());
        table.setItems(nodes);
        if (!nodes.isEmpty()) {
            table.getSelectionModel().select(0);
        } else {
            show(null);
        }
    }

    void addNodes(List<String> hosts) {
        int port = model.profile().getProduct().defaultPort();
        for (String hostName : hosts) {
            String clean = hostName.trim();
            String label = clean.isEmpty() ? "node-" + (table.getItems().size() + 1) : clean;
            table.getItems().add(new ClusterNode(label, clean.isEmpty() ? null : clean, NodeAccess.WINDOWS_SMB,
                    clean.isEmpty() ? null : "http://" + clean + ":" + port + "/"));
        }
        edited();
        table.getSelectionModel().selectLast();
        name.requestFocus();
    }

    private void removeSelected() {
        int index = table.getSelectionModel().getSelectedIndex();
        if (index >= 0) {
            table.getItems().remove(index);
            edited();
        }
    }

    private void show(ClusterNode node) {
        showing = true;
        boolean none = node == null;
        for (javafx.scene.Node field : List.of(name, host, access, baseUrl, web, service)) {
            field.setDisable(none);
        }
        name.setText(none ? "" : text(node.getName()));
        host.setText(none ? "" : text(node.getHost()));
        access.setValue(none ? null : node.getAccess());
        baseUrl.setText(none ? "" : text(node.getBaseUrl()));
        web.setSelected(!none && node.getRoles().contains(NodeRole.WEB));
        service.setSelected(!none && node.getRoles().contains(NodeRole.SERVICE));
        accessFields.show(node);
        showing = false;
        refreshSelectedFeedback();
    }

    private void wireEditors() {
        name.textProperty().addListener((o, a, v) -> update(n -> n.setName(blankToNull(v))));
        host.textProperty().addListener((o, a, v) -> update(n -> n.setHost(blankToNull(v))));
        baseUrl.textProperty().addListener((o, a, v) -> update(n -> n.setBaseUrl(blankToNull(v))));
        access.valueProperty().addListener((o, a, v) -> {
            update(n -> n.setAccess(v == null ? n.getAccess() : v));
            accessFields.accessChanged(v);
        });
        web.selectedProperty().addListener((o, a, v) -> update(n -> n.setRoles(roles())));
        service.selectedProperty().addListener((o, a, v) -> update(n -> n.setRoles(roles())));
    }

    private void update(java.util.function.Consumer<ClusterNode> change) {
        ClusterNode selected = table.getSelectionModel().getSelectedItem();
        if (showing || selected == null) {
            return;
        }
        change.accept(selected);
        table.refresh();
        edited();
    }

    private void edited() {
        model.edited(Section.NODES);
        refreshSelectedFeedback();
    }

    private void refreshSelectedFeedback() {
        int index = table.getSelectionModel().getSelectedIndex();
        selectedFeedback.showField("nodes[" + index + "]");
    }

    private Set<NodeRole> roles() {
        Set<NodeRole> roles = EnumSet.noneOf(NodeRole.class);
        if (web.isSelected()) {
            roles.add(NodeRole.WEB);
        }
        if (service.isSelected()) {
            roles.add(NodeRole.SERVICE);
        }
        return roles;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
