package org.clusterwright.profile;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** One server of the cluster. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class ClusterNode extends Extensible {
    private String name;
    private String host;
    private NodeAccess access = NodeAccess.WINDOWS_SMB;
    private String baseUrl;
    private Set<NodeRole> roles = EnumSet.of(NodeRole.WEB, NodeRole.SERVICE);
    private boolean haEnabled = true;
    private SecretRef accessPassword;
    private String accessUser;

    public ClusterNode() {
    }

    public ClusterNode(String name, String host, NodeAccess access, String baseUrl) {
        this.name = name;
        this.host = host;
        this.access = access;
        this.baseUrl = baseUrl;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public NodeAccess getAccess() {
        return access;
    }

    public void setAccess(NodeAccess access) {
        this.access = Objects.requireNonNull(access, "access");
    }

    /** Where the node's own web application answers, bypassing the load balancer. */
    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Set<NodeRole> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(NodeRole.class) : EnumSet.copyOf(roles);
    }

    public void setRoles(Set<NodeRole> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(NodeRole.class) : EnumSet.copyOf(roles);
    }

    /** False while a node is drained: it stays in the profile but must not take traffic. */
    public boolean isHaEnabled() {
        return haEnabled;
    }

    public void setHaEnabled(boolean haEnabled) {
        this.haEnabled = haEnabled;
    }

    /** The account used to reach the node's configuration (an SMB user for Windows nodes). */
    public String getAccessUser() {
        return accessUser;
    }

    public void setAccessUser(String accessUser) {
        this.accessUser = accessUser;
    }

    public SecretRef getAccessPassword() {
        return accessPassword;
    }

    public void setAccessPassword(SecretRef accessPassword) {
        this.accessPassword = accessPassword;
    }

    public ClusterNode copy() {
        ClusterNode copy = new ClusterNode(name, host, access, baseUrl);
        copy.setRoles(roles);
        copy.setHaEnabled(haEnabled);
        copy.setAccessUser(accessUser);
        copy.setAccessPassword(accessPassword);
        getUnknownFields().forEach(copy::keepUnknown);
        return copy;
    }
}
