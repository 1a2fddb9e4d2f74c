package org.clusterwright.profile;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps fields this version does not know, so that a profile written by a newer minor release, or edited by hand,
 * survives a load and save without losing anything. They are written back in the object they were read from.
 */
public abstract class Extensible {
    /**
     * Earlier builds also wrote every object's unknown fields a second time, as an object under this name. It only
     * ever held copies of fields kept beside it, so reading drops it rather than keeping it as a field of its own.
     */
    private static final String EARLIER_COPY = "unknownFields";

    private final Map<String, JsonNode> unknownFields = new LinkedHashMap<>();

    @JsonAnySetter
    void keepUnknown(String name, JsonNode value) {
        if (!EARLIER_COPY.equals(name)) {
            unknownFields.put(name, value);
        }
    }

    @JsonAnyGetter
    Map<String, JsonNode> unknownFields() {
        return unknownFields;
    }

    /** The fields this version does not know, in the order they were read. Not a field of the profile itself. */
    @JsonIgnore
    public Map<String, JsonNode> getUnknownFields() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(unknownFields));
    }
}
