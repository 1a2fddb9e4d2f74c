package org.clusterwright.profile;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The shared package or artifact storage and the account the product's service uses to reach it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class StorageSettings extends Extensible {
    private String path;
    private String account;
    private SecretRef password;
    // all optional, so profiles written before they existed still load and save unchanged
    private Integer smbPort;
    private Integer probeSizeMiB;
    private Integer minFreeGiB;
    private Map<String, String> nodePaths;
    private DomainAuth auth;

    /** A UNC path such as {@code \\files\packages}, or a local path for single-host and lab use. */
    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    /** The service account, for example {@code CORP\svc-proget}. */
    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public SecretRef getPassword() {
        return password;
    }

    public void setPassword(SecretRef password) {
        this.password = password;
    }

    /** Where the service account's password is kept: under the profile's reference, else under the default name. */
    public SecretRef passwordRef() {
        return password != null ? password : SecretRef.STORAGE_PASSWORD;
    }

    /** Kerberos, NTLM or both for the service account's SMB login; empty means {@link DomainAuth#AUTO}. */
    public DomainAuth getAuth() {
        return auth;
    }

    public void setAuth(DomainAuth auth) {
        this.auth = auth;
    }

    /** The SMB port when it is not 445 (a tunnel, or a test server). */
    public Integer getSmbPort() {
        return smbPort;
    }

    public void setSmbPort(Integer smbPort) {
        this.smbPort = smbPort;
    }

    /** The size of the throughput probe's file in MiB; empty means the probe's default. */
    public Integer getProbeSizeMiB() {
        return probeSizeMiB;
    }

    public void setProbeSizeMiB(Integer probeSizeMiB) {
        this.probeSizeMiB = probeSizeMiB;
    }

    /** Below this much free space (GiB) the probe warns; empty means the probe's default. */
    public Integer getMinFreeGiB() {
        return minFreeGiB;
    }

    public void setMinFreeGiB(Integer minFreeGiB) {
        this.minFreeGiB = minFreeGiB;
    }

    /**
     * For nodes that reach the storage by another path than {@link #getPath()} (another server name, a DFS
     * path, a Docker host's mount point): node name to that path. The probe proves they are one folder.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public Map<String, String> getNodePaths() {
        return nodePaths == null ? Map.of() : Collections.unmodifiableMap(nodePaths);
    }

    public void setNodePaths(Map<String, String> nodePaths) {
        this.nodePaths = nodePaths == null || nodePaths.isEmpty() ? null : new LinkedHashMap<>(nodePaths);
    }
}
