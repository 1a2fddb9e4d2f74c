package org.clusterwright.profile;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Step 4's record of the manual items the administrator has ticked as done (switching HA on in the product, opening
 * the messenger port, ...): item key to the moment it was ticked, ISO-8601. Kept in the profile so the report can
 * show who-did-what across sessions; a tick is a person's word, never a proof.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public final class HighAvailabilitySettings extends Extensible {
    private Map<String, String> confirmed = new LinkedHashMap<>();
    private WebHosting webHosting;
    private String appPool;

    public Map<String, String> getConfirmed() {
        return Map.copyOf(confirmed);
    }

    public void setConfirmed(Map<String, String> confirmed) {
        this.confirmed = confirmed == null ? new LinkedHashMap<>() : new LinkedHashMap<>(confirmed);
    }

    /** How the administrator said the web application is hosted on the Windows nodes; null until asked. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public WebHosting getWebHosting() {
        return webHosting;
    }

    public void setWebHosting(WebHosting webHosting) {
        this.webHosting = webHosting;
    }

    /** The IIS application pool to recycle, when IIS hosts the web application; null means the Hub's default name. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public String getAppPool() {
        return appPool;
    }

    public void setAppPool(String appPool) {
        this.appPool = appPool == null || appPool.isBlank() ? null : appPool.strip();
    }

    /** The hosting to plan restarts for: the recorded answer, else what the line's guide assumes. */
    public WebHosting webHosting(VersionLine line) {
        return webHosting != null ? webHosting : line.procedure().defaultHosting();
    }

    /** The application pool to recycle under IIS: the recorded name, else the one the Inedo Hub creates. */
    public String appPool(Product product) {
        return appPool != null ? appPool : WebHosting.defaultAppPool(product);
    }

    public void confirm(String itemKey, String when) {
        confirmed.put(itemKey, when);
    }

    public void unconfirm(String itemKey) {
        confirmed.remove(itemKey);
    }
}
