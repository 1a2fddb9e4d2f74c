package org.clusterwright.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Writes a {@link ResultsDocument} as JSON, and reads one back. */
public final class JsonResults {
    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            // later schema versions may add fields; a reader of this version ignores them
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public String write(ResultsDocument document) {
        try {
            return mapper.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("results must always serialise", e);
        }
    }

    /** Reads what {@link #write} wrote; a version check is the caller's, who knows which file it was. */
    public ResultsDocument read(String json) throws JsonProcessingException {
        return mapper.readValue(json, ResultsDocument.class);
    }
}
