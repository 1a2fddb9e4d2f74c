package org.clusterwright.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** Validates documents against the JSON schemas Clusterwright publishes in its jar (draft 2020-12). */
public final class JsonSchemas {
    private JsonSchemas() {
    }

    /** The problems {@code document} has against the schema at {@code resource} on the class path; empty when valid. */
    public static Set<ValidationMessage> validate(String resource, String document) {
        try (InputStream schema = JsonSchemas.class.getResourceAsStream(resource)) {
            if (schema == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
            return validator.validate(new ObjectMapper().readTree(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
