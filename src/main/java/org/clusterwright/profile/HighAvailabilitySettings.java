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

    public Map<String, String> getConfirmed() {
        return Map.copyOf(confirmed);
    }

    public void setConfirmed(Map<String, String> confirmed) {
        this.confirmed = confirmed == null ? new LinkedHashMap<>() : new LinkedHashMap<>(confirmed);
    }

    public void confirm(String itemKey, String when) {
        confirmed.put(itemKey, when);
    }

    public void unconfirm(String itemKey) {
        confirmed.remove(itemKey);
    }
}
