package org.clusterwright.profile;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Which EncryptionKey the cluster uses: a reference to the secret store and a fingerprint that can be shown and
 * compared safely. The key itself never appears here.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class EncryptionKeySettings extends Extensible {
    private SecretRef key;
    private String fingerprint;

    public SecretRef getKey() {
        return key;
    }

    public void setKey(SecretRef key) {
        this.key = key;
    }

    /** Where the key is kept: under the profile's reference, else under the default name. */
    public SecretRef keyRef() {
        return key != null ? key : SecretRef.ENCRYPTION_KEY;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public void setFingerprint(String fingerprint) {
        this.fingerprint = fingerprint;
    }
}
