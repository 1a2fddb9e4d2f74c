package org.clusterwright.profile;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The shared package or artifact storage and the account the product's service uses to reach it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class StorageSettings extends Extensible {
    private String path;
    private String account;
    private SecretRef password;

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
}
