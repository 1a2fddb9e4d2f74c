package org.clusterwright.profile;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps fields this version does not know, so that a profile written by a newer minor release, or edited by hand,
 * survives a load and save without losing anything.
 */
public abstract class Extensible {
    private final Map<String, JsonNode> unknownFields = new LinkedHashMap<>();

    @JsonAnySetter
    void keepUnknown(String name, JsonNode value) {
        unknownFields.put(name, value);
    }

    @JsonAnyGetter
    Map<String, JsonNode> unknownFields() {
        return unknownFields;
    }

    public Map<String, JsonNode> getUnknownFields() {
        return Map.copyOf(unknownFields);
    }
}
