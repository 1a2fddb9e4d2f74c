package org.clusterwright.ui.pages;

import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import org.clusterwright.nodes.ConfigLocation;
import org.clusterwright.nodes.NodeConfigFolders;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.ui.viewmodel.WizardModel;
import org.clusterwright.ui.widgets.Forms;
import org.clusterwright.ui.widgets.SecretField;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * How Clusterwright reaches the selected node's config file: the SMB account and password, share, path and port
 * for a Windows node; the env or compose file for a Docker node; or a local folder for either. Only the fields
 * that apply to the node's kind are shown. The password goes to the secret store, never into the profile.
 */
final class NodeAccessFields {
    private final TextField user = new TextField();
    private final SecretField password;
    private final TextField share = new TextField();
    private final TextField path = new TextField();
    private final TextField port = new TextField();
    private final TextField envFile = new TextField();
    private final TextField localFolder = new TextField();
    private final List<Node> smbOnly;
    private final List<Node> dockerOnly;
    private final Node form;
    private ClusterNode node;
    private boolean showing;

    NodeAccessFields(WizardModel model, Runnable edited) {
        // pinned on the node once kept, so renaming the node later does not lose its password
        this.password = new SecretField(model, () -> null, ref -> node.setAccessPassword(ref), edited);
        user.setId("node-user");
        user.setPromptText("DOMAIN\\admin, a member of the server's Administrators group");
        password.setId("node-password");
        share.setId("node-share");
        share.setPromptText(ConfigLocation.ADMIN_SHARE);
        path.setId("node-config-path");
        path.setPromptText(ConfigLocation.SHARED_CONFIG);
        port.setId("node-smb-port");
        port.setPromptText(String.valueOf(ConfigLocation.SMB_PORT));
        port.setTextFormatter(new TextFormatter<String>(change -> change.getControlNewText().matches("\\d{0,5}") ? change : null));
        envFile.setId("node-env-file");
        envFile.setPromptText("/srv/proget/.env or docker-compose.yml");
        localFolder.setId("node-local-folder");
        localFolder.setPromptText("Only when the SharedConfig folder is reachable from this machine as a folder");

        bind(user, ClusterNode::setAccessUser, edited);
        bind(share, ClusterNode::setConfigShare, edited);
        bind(path, ClusterNode::setConfigPath, edited);
        bind(port, (n, v) -> n.setSmbPort(v == null ? null : Integer.valueOf(v)), edited);
        bind(envFile, ClusterNode::setEnvFile, edited);
        bind(localFolder, ClusterNode::setLocalConfigFolder, edited);

        Forms fields = new Forms()
                .field("SMB acco_unt", user)
                .field("SMB _password", password)
                .field("Config share", share)
                .field("Con_fig path", path)
                .field("SMB port", port)
                .field("Env or compose _file", envFile)
                .field("Local confi_g folder", localFolder);
        form = fields.build();
        smbOnly = List.of(user, password, share, path, port);
        dockerOnly = List.of(envFile);
    }

    Node view() {
        return form;
    }

    /** Shows {@code selected}'s values (or empties and disables the fields when nothing is selected). */
    void show(ClusterNode selected) {
        showing = true;
        node = selected;
        boolean none = selected == null;
        user.setText(none ? "" : text(selected.getAccessUser()));
        share.setText(none ? "" : text(selected.getConfigShare()));
        path.setText(none ? "" : text(selected.getConfigPath()));
        port.setText(none || selected.getSmbPort() == null ? "" : String.valueOf(selected.getSmbPort()));
        envFile.setText(none ? "" : text(selected.getEnvFile()));
        localFolder.setText(none ? "" : text(selected.getLocalConfigFolder()));
        showing = false;
        password.bind(none ? () -> null : () -> NodeConfigFolders.passwordRef(selected));
        accessChanged(none ? null : selected.getAccess());
    }

    /** Shows the fields that apply to this kind of node. */
    void accessChanged(NodeAccess access) {
        boolean manual = access == null || access == NodeAccess.MANUAL;
        setShown(smbOnly, access == NodeAccess.WINDOWS_SMB);
        setShown(dockerOnly, access != null && access.container());
        setShown(List.of(localFolder), !manual);
        form.setVisible(!manual);
        form.setManaged(!manual);
    }

    private void bind(TextField field, BiConsumer<ClusterNode, String> setter, Runnable edited) {
        field.textProperty().addListener((obs, was, now) -> {
            if (!showing && node != null) {
                setter.accept(node, now == null || now.isBlank() ? null : now.strip());
                edited.run();
            }
        });
    }

    private void setShown(List<Node> fields, boolean shown) {
        // a Forms row is a label and a field in one grid row: hide both
        for (Node field : fields) {
            field.setVisible(shown);
            field.setManaged(shown);
            Node label = form == null ? null : labelOf(field);
            if (label != null) {
                label.setVisible(shown);
                label.setManaged(shown);
            }
        }
    }

    private Node labelOf(Node field) {
        return ((javafx.scene.layout.GridPane) form).getChildren().stream()
                .filter(n -> n instanceof javafx.scene.control.Label l && l.getLabelFor() == field)
                .findFirst().orElse(null);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
