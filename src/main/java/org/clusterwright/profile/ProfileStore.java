package org.clusterwright.profile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import org.clusterwright.io.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Reads and writes profile files. Writes are atomic: a temp file beside the target, then a rename over it. */
public final class ProfileStore {
    /**
     * Made on first use, not with the store: setting up Jackson loads some 350 classes, and the wizard opens with a
     * store it has not read or written with yet. A configured mapper is safe to share between threads.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public Profile load(Path file) throws ProfileException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ProfileException(file, "no such file. Check the path, or create one with 'clusterwright profile new'.");
        } catch (IOException e) {
            throw new ProfileException(file, "cannot be read (" + e.getMessage() + ").", e);
        }
        return parse(file, text);
    }

    /**
     * Parses profile JSON; {@code file} names the source in messages, and gives a profile without an id its id.
     */
    public Profile parse(Path file, String text) throws ProfileException {
        JsonNode tree = readTree(file, text);
        if (!tree.isObject()) {
            throw new ProfileException(file, "a profile is a JSON object ({...}), but this file holds "
                    + tree.getNodeType().toString().toLowerCase() + ".");
        }
        refuseNewerSchema(file, tree);
        Profile profile;
        try {
            profile = Json.MAPPER.treeToValue(tree, Profile.class);
        } catch (JsonProcessingException e) {
            throw new ProfileException(file, describeMapping(e), e);
        }
        if (!namesItsId(tree)) {
            profile.setId(ProfileIds.derivedFrom(file));
        }
        return profile;
    }

    /** A profile written by hand may leave its id out; it then gets the one its path gives ({@link ProfileIds}). */
    private static boolean namesItsId(JsonNode tree) {
        JsonNode id = tree.get("id");
        return id != null && id.isValueNode() && !id.isNull() && !id.asText().isBlank();
    }

    public void save(Profile profile, Path file) throws ProfileException {
        try {
            AtomicFiles.write(file, toJson(profile).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ProfileException(file, "could not be saved (" + e.getMessage()
                    + "). The previous file, if any, is unchanged.", e);
        }
    }

    public String toJson(Profile profile) {
        profile.setSchemaVersion(Profile.SCHEMA_VERSION);
        try {
            return Json.MAPPER.writeValueAsString(profile) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a profile must always serialise", e);
        }
    }

    private JsonNode readTree(Path file, String text) throws ProfileException {
        try {
            JsonNode tree = Json.MAPPER.readTree(text);
            if (tree == null || tree.isMissingNode()) {
                throw new ProfileException(file, "the file is empty. A profile is a JSON object; "
                        + "create one with 'clusterwright profile new'.");
            }
            return tree;
        } catch (JsonParseException e) {
            JsonLocation at = e.getLocation();
            throw new ProfileException(file, "malformed JSON at line " + at.getLineNr() + ", column "
                    + at.getColumnNr() + ": " + e.getOriginalMessage()
                    + ". Fix the file at that place, or restore it from a backup.", e);
        } catch (JsonProcessingException e) {
            throw new ProfileException(file, "malformed JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static void refuseNewerSchema(Path file, JsonNode tree) throws ProfileException {
        JsonNode version = tree.get("schemaVersion");
        if (version == null) {
            throw new ProfileException(file, "'schemaVersion' is missing, so this does not look like a "
                    + "Clusterwright profile. Create one with 'clusterwright profile new'.");
        }
        if (!version.canConvertToInt()) {
            throw new ProfileException(file, "'schemaVersion' must be a whole number, not " + version + ".");
        }
        if (version.intValue() > Profile.SCHEMA_VERSION) {
            throw new ProfileException(file, "this profile uses schema version " + version.intValue()
                    + ", written by a newer Clusterwright; this build reads up to version " + Profile.SCHEMA_VERSION
                    + ". Upgrade Clusterwright to open it. The file was not changed.");
        }
    }

    private static String describeMapping(JsonProcessingException e) {
        String where = e instanceof JsonMappingException mapping ? pathOf(mapping) : "";
        Throwable cause = e instanceof ValueInstantiationException && e.getCause() != null ? e.getCause() : e;
        String what = cause instanceof IllegalArgumentException ? cause.getMessage()
                : e instanceof InvalidFormatException invalid ? "'" + invalid.getValue() + "' is not a valid value"
                : e.getOriginalMessage();
        JsonLocation at = e.getLocation();
        String position = at == null || at.getLineNr() < 0 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        return (where.isEmpty() ? "" : "field '" + where + "'" + position + ": ") + what;
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

}
