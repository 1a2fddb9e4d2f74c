package org.clusterwright.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clusterwright.secrets.InMemorySecretStore;
import org.clusterwright.secrets.Secret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProfileStoreTest {
    private static final String DB_PASSWORD = "Db-Pa55w0rd-7c1e";
    private static final String STORAGE_PASSWORD = "St0rage-Pa55-91aa";
    private static final String KEY = "1fa97faa42744155a879c056a70c11a7";
    private static final String NODE_PASSWORD = "N0de-Pa55-3b2f";

    private final ProfileStore store = new ProfileStore();

    @TempDir
    Path dir;

    @Test
    void roundTripKeepsEveryField() throws Exception {
        Profile profile = StarterProfiles.create(Product.BUILDMASTER, "Build farm");
        profile.setVersionLine(VersionLine.V2023_TO_2024);
        ClusterNode node = profile.getNodes().get(1);
        node.setAccess(NodeAccess.DOCKER);
        node.setRoles(EnumSet.of(NodeRole.SERVICE));
        node.setHaEnabled(false);
        node.setAccessUser("CORP\\admin");
        node.setAccessPassword(SecretRef.forNode(node.getName(), "password"));
        profile.getDatabase().setKind(DatabaseKind.SQL_SERVER);
        profile.getDatabase().setConnectionString("Data Source=sql1;Initial Catalog=BuildMaster;User ID=bm");
        profile.getStorage().setPath("\\\\files\\artifacts");
        profile.getStorage().setAccount("CORP\\svc-bm");
        profile.getEncryptionKey().setFingerprint("0123456789abcdef");
        profile.getLoadBalancer().setUrl("https://bm.corp/");
        profile.getLoadBalancer().setNodeHeader("X-Served-By");

        Path file = dir.resolve("bm.json");
        store.save(profile, file);
        Profile loaded = store.load(file);

        assertThat(store.toJson(loaded)).isEqualTo(store.toJson(profile));
        assertThat(loaded.getProduct()).isEqualTo(Product.BUILDMASTER);
        assertThat(loaded.getVersionLine()).isEqualTo(VersionLine.V2023_TO_2024);
        ClusterNode loadedNode = loaded.getNodes().get(1);
        assertThat(loadedNode.getAccess()).isEqualTo(NodeAccess.DOCKER);
        assertThat(loadedNode.getRoles()).containsExactly(NodeRole.SERVICE);
        assertThat(loadedNode.isHaEnabled()).isFalse();
        assertThat(loadedNode.getAccessPassword().name()).isEqualTo("node.buildmaster-2.password");
        assertThat(loaded.getStorage().getPath()).isEqualTo("\\\\files\\artifacts");
        assertThat(loaded.getLoadBalancer().getNodeHeader()).isEqualTo("X-Served-By");
        assertThat(loaded.getId()).isEqualTo(profile.getId());
    }

    @Test
    void unknownFieldsAreKeptThroughLoadAndSave() throws Exception {
        Path file = dir.resolve("future.json");
        Files.writeString(file, """
                {"schemaVersion": 1, "name": "x", "product": "proget", "comment": "kept",
                 "nodes": [{"name": "a", "host": "a", "access": "manual", "rack": {"row": 4}}],
                 "database": {"kind": "postgresql", "pool": 7}}
                """);
        Profile profile = store.load(file);
        assertThat(profile.getUnknownFields()).containsKey("comment");
        assertThat(profile.getNodes().get(0).getUnknownFields()).containsKey("rack");

        store.save(profile, file);
        String saved = Files.readString(file);
        assertThat(saved).contains("\"comment\" : \"kept\"").contains("\"rack\"").contains("\"row\" : 4")
                .contains("\"pool\" : 7");
    }

    @Test
    void newerSchemaIsRefusedWithAClearMessageAndTheFileIsUntouched() throws Exception {
        Path file = dir.resolve("newer.json");
        String text = "{\"schemaVersion\": 7, \"name\": \"from the future\"}";
        Files.writeString(file, text);
        assertThatThrownBy(() -> store.load(file))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("schema version 7")
                .hasMessageContaining("newer Clusterwright")
                .hasMessageContaining("Upgrade");
        assertThat(Files.readString(file)).isEqualTo(text);
    }

    @Test
    void malformedJsonNamesLineAndColumn() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"schemaVersion\": 1,\n  \"name\": \"x\"\n  \"product\": \"proget\"\n}");
        assertThatThrownBy(() -> store.load(file))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("line 4, column 3")
                .hasMessageContaining("broken.json");
    }

    @Test
    void badValuesNameTheField() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"schemaVersion\": 1, \"nodes\": [{\"name\": \"a\", \"access\": \"telnet\"}]}");
        assertThatThrownBy(() -> store.load(file))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("nodes[0].access")
                .hasMessageContaining("unknown node access 'telnet'");
    }

    @Test
    void otherBadInputGivesClearErrors() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.json"), "");
        assertThatThrownBy(() -> store.load(empty)).hasMessageContaining("empty");
        Path array = Files.writeString(dir.resolve("array.json"), "[1,2]");
        assertThatThrownBy(() -> store.load(array)).hasMessageContaining("JSON object");
        Path noVersion = Files.writeString(dir.resolve("noversion.json"), "{\"name\": \"x\"}");
        assertThatThrownBy(() -> store.load(noVersion)).hasMessageContaining("'schemaVersion' is missing");
        assertThatThrownBy(() -> store.load(dir.resolve("absent.json"))).hasMessageContaining("no such file");
    }

    @Test
    void aFailedSaveLeavesThePreviousFileAndNoTempFiles() throws Exception {
        Path file = dir.resolve("keep.json");
        Profile original = StarterProfiles.create(Product.PROGET, "original");
        store.save(original, file);
        String before = Files.readString(file);

        // a directory where the temp file's folder should be makes the write fail after the original exists
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "a file, not a folder");
        assertThatThrownBy(() -> store.save(original, blocked.resolve("keep.json")))
                .isInstanceOf(ProfileException.class).hasMessageContaining("could not be saved");

        assertThat(Files.readString(file)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void savedProfileHoldsNoSecretValueGivenToTheStore() throws Exception {
        InMemorySecretStore secrets = new InMemorySecretStore();
        Profile profile = StarterProfiles.create(Product.PROGET, "secretive");
        secrets.put(profile.getId(), profile.getDatabase().getPassword(), Secret.of(DB_PASSWORD));
        secrets.put(profile.getId(), profile.getStorage().getPassword(), Secret.of(STORAGE_PASSWORD));
        secrets.put(profile.getId(), profile.getEncryptionKey().getKey(), Secret.of(KEY));
        SecretRef nodeRef = SecretRef.forNode("proget-1", "password");
        profile.getNodes().get(0).setAccessPassword(nodeRef);
        secrets.put(profile.getId(), nodeRef, Secret.of(NODE_PASSWORD));
        profile.getDatabase().setConnectionString("Server=pg;Database=proget;User Id=proget");

        Path file = dir.resolve("secretive.json");
        store.save(profile, file);
        String saved = Files.readString(file, StandardCharsets.UTF_8);

        // each secret is named where it belongs, and comes back as the same name
        JsonNode tree = new ObjectMapper().readTree(saved);
        assertThat(tree.at("/database/password").asText()).isEqualTo("database.password");
        assertThat(tree.at("/storage/password").asText()).isEqualTo("storage.password");
        assertThat(tree.at("/encryptionKey/key").asText()).isEqualTo("encryption-key");
        assertThat(tree.at("/nodes/0/accessPassword").asText()).isEqualTo("node.proget-1.password");
        Profile loaded = store.load(file);
        assertThat(loaded.getDatabase().getPassword()).isEqualTo(SecretRef.DATABASE_PASSWORD);
        assertThat(loaded.getStorage().getPassword()).isEqualTo(SecretRef.STORAGE_PASSWORD);
        assertThat(loaded.getEncryptionKey().getKey()).isEqualTo(SecretRef.ENCRYPTION_KEY);
        assertThat(loaded.getNodes().get(0).getAccessPassword()).isEqualTo(nodeRef);
        assertThat(saved).doesNotContain(DB_PASSWORD, STORAGE_PASSWORD, KEY, KEY.toUpperCase(), NODE_PASSWORD);
        assertThat(secrets.get(profile.getId(), nodeRef))
                .hasValueSatisfying(s -> assertThat(s.reveal()).isEqualTo(NODE_PASSWORD));
    }

    @Test
    void aSecretWrittenWhereItsNameBelongsIsRefusedWithoutRepeatingItAndTheFileIsUntouched() throws Exception {
        // the mistake of a person editing a profile by hand: the value itself in the field that names the secret
        Map<String, String> mistakes = Map.of(
                "database.password", "\"database\": {\"password\": \"" + DB_PASSWORD + "\"}",
                "storage.password", "\"storage\": {\"password\": \"" + STORAGE_PASSWORD + "\"}",
                "encryptionKey.key", "\"encryptionKey\": {\"key\": \"" + KEY.toUpperCase() + "\"}",
                "nodes[0].accessPassword",
                "\"nodes\": [{\"name\": \"a\", \"accessPassword\": \"" + NODE_PASSWORD + "\"}]");
        for (Map.Entry<String, String> mistake : mistakes.entrySet()) {
            String text = "{\"schemaVersion\": 1, " + mistake.getValue() + "}";
            Path file = Files.writeString(dir.resolve("by-hand.json"), text);

            assertThatThrownBy(() -> store.load(file)).as(mistake.getKey()).isInstanceOf(ProfileException.class)
                    .hasMessageContaining(mistake.getKey())
                    .satisfies(refused -> assertThat(refused.getMessage()).doesNotContainIgnoringCase(DB_PASSWORD)
                            .doesNotContainIgnoringCase(STORAGE_PASSWORD).doesNotContainIgnoringCase(KEY)
                            .doesNotContainIgnoringCase(NODE_PASSWORD));
            assertThat(file).hasContent(text);
        }
    }
}
