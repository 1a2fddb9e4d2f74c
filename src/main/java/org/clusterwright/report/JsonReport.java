package org.clusterwright.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The report as JSON, following {@code report-v1.schema.json} (see docs/report.md). */
public final class JsonReport {
    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public String render(ChecklistReport report) {
        try {
            return mapper.writeValueAsString(report) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report must always serialise", e);
        }
    }
}
