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
    private DomainAuth accessAuth;
    // where the node's config lives when it is not the default place; all optional so older profiles still load
    private String configShare;
    private String configPath;
    private Integer smbPort;
    private String localConfigFolder;
    private String envFile;
    private String workload;
    private String namespace;

    public ClusterNode() {
    }

    public ClusterNode(String name, String host, NodeAccess access, String baseUrl) {
        this.name = name;
        this.host = host;
        this.access = access;
        this.baseUrl = baseUrl;
    }

    /** How this node appears as a target in results, the same in every step: its name, else its host. */
    public String targetName() {
        return name == null || name.isBlank() ? String.valueOf(host) : name;
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

    /** Kerberos, NTLM or both for the SMB login as the access user; empty means {@link DomainAuth#AUTO}. */
    public DomainAuth getAccessAuth() {
        return accessAuth;
    }

    public void setAccessAuth(DomainAuth accessAuth) {
        this.accessAuth = accessAuth;
    }

    public SecretRef getAccessPassword() {
        return accessPassword;
    }

    public void setAccessPassword(SecretRef accessPassword) {
        this.accessPassword = accessPassword;
    }

    /** The SMB share holding the config file; empty means the admin share {@code C$}. */
    public String getConfigShare() {
        return configShare;
    }

    public void setConfigShare(String configShare) {
        this.configShare = blankToNull(configShare);
    }

    /**
     * The folder of the config file inside the share ({@code ProgramData\Inedo\SharedConfig} when empty), or the
     * whole path to the file when it ends in {@code .config}.
     */
    public String getConfigPath() {
        return configPath;
    }

    public void setConfigPath(String configPath) {
        this.configPath = blankToNull(configPath);
    }

    /** The SMB port when it is not 445 (a tunnel, or a test server). */
    public Integer getSmbPort() {
        return smbPort;
    }

    public void setSmbPort(Integer smbPort) {
        this.smbPort = smbPort;
    }

    /**
     * A folder on this machine that holds the node's SharedConfig files (this very server, or a mounted share);
     * when set it is used instead of SMB.
     */
    public String getLocalConfigFolder() {
        return localConfigFolder;
    }

    public void setLocalConfigFolder(String localConfigFolder) {
        this.localConfigFolder = blankToNull(localConfigFolder);
    }

    /** For Docker/Linux nodes: the env file or compose file that configures the container. */
    public String getEnvFile() {
        return envFile;
    }

    public void setEnvFile(String envFile) {
        this.envFile = blankToNull(envFile);
    }

    /**
     * For Kubernetes pods: the workload they belong to, as kubectl names it ({@code deployment/proget},
     * {@code statefulset/proget}); pods of one workload restart together in one rolling restart.
     */
    public String getWorkload() {
        return workload;
    }

    public void setWorkload(String workload) {
        this.workload = blankToNull(workload);
    }

    /** For Kubernetes pods: the workload's namespace; empty means kubectl's current one. */
    public String getNamespace() {
        return namespace;
    }

    public void setNamespace(String namespace) {
        this.namespace = blankToNull(namespace);
    }

    public ClusterNode copy() {
        ClusterNode copy = new ClusterNode(name, host, access, baseUrl);
        copy.setRoles(roles);
        copy.setHaEnabled(haEnabled);
        copy.setAccessUser(accessUser);
        copy.setAccessPassword(accessPassword);
        copy.setConfigShare(configShare);
        copy.setConfigPath(configPath);
        copy.setSmbPort(smbPort);
        copy.setLocalConfigFolder(localConfigFolder);
        copy.setEnvFile(envFile);
        copy.setWorkload(workload);
        copy.setNamespace(namespace);
        getUnknownFields().forEach(copy::keepUnknown);
        return copy;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
