package org.clusterwright.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clusterwright.testing.JsonSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Profiles as people write them: without an id, with fields of their own at any level, checked against the schema
 * Clusterwright publishes for them.
 */
class ProfileAsWrittenTest {
    private static final String HAND_WRITTEN = """
            {
              "schemaVersion": 1,
              "name": "Feeds",
              "product": "proget",
              "owner": "team-packages",
              "nodes": [
                {"name": "a", "host": "a.corp", "access": "windows-smb", "baseUrl": "http://a.corp:8624/",
                 "rack": {"row": 4, "slot": "b"}},
                {"name": "b", "host": "b.corp", "access": "manual"}
              ],
              "database": {"kind": "sqlserver", "connectionString": "Data Source=sql;Initial Catalog=ProGet;User ID=pg",
                           "pool": 7},
              "storage": {"path": "\\\\\\\\files\\\\packages", "ticket": "CHG-1234"},
              "loadBalancer": {"url": "https://proget.corp/"}
            }
            """;
    private final ProfileStore store = new ProfileStore();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aProfileWithoutAnIdGetsTheSameIdOnEveryLoadAndTheFileIsNotTouched() throws Exception {
        Path file = write("cluster.json", HAND_WRITTEN);
        byte[] asWritten = Files.readAllBytes(file);

        String first = store.load(file).getId();
        Path sameFileAnotherWay = dir.resolve("sub").resolve("..").resolve("cluster.json");
        Files.createDirectories(dir.resolve("sub"));
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), file);

        assertThat(first).matches("[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(store.load(file).getId()).isEqualTo(first);
        assertThat(store.load(sameFileAnotherWay).getId()).isEqualTo(first);
        assertThat(store.load(link).getId()).as("a link leads to the same file, so the same profile").isEqualTo(first);
        assertThat(store.load(write("other/cluster.json", HAND_WRITTEN)).getId())
                .as("the same text in another folder is another profile").isNotEqualTo(first);
        assertThat(Files.readAllBytes(file)).isEqualTo(asWritten);

        Profile loaded = store.load(file);
        store.save(loaded, file);
        assertThat(json.readTree(Files.readString(file)).get("id").asText())
                .as("saving writes the id the profile was known by").isEqualTo(first);
        assertThat(store.load(file).getId()).isEqualTo(first);
    }

    @Test
    void anIdTheAuthorWroteIsKeptAndABlankOneCountsAsNone() throws Exception {
        assertThat(store.load(write("named.json", HAND_WRITTEN.replace("\"name\": \"Feeds\"",
                "\"id\": \"feeds-prod\", \"name\": \"Feeds\""))).getId()).isEqualTo("feeds-prod");
        Path blank = write("blank.json", HAND_WRITTEN.replace("\"name\": \"Feeds\"", "\"id\": \" \", \"name\": \"Feeds\""));
        assertThat(store.load(blank).getId()).isEqualTo(ProfileIds.derivedFrom(blank));
    }

    @Test
    void unknownFieldsRoundTripOnceInTheObjectTheyWereWrittenIn() throws Exception {
        Path file = write("cluster.json", HAND_WRITTEN);
        store.save(store.load(file), file);
        String saved = Files.readString(file);
        JsonNode tree = json.readTree(saved);

        assertThat(tree.get("owner").asText()).isEqualTo("team-packages");
        assertThat(tree.at("/nodes/0/rack")).isEqualTo(json.readTree("{\"row\": 4, \"slot\": \"b\"}"));
        assertThat(tree.at("/database/pool").asInt()).isEqualTo(7);
        assertThat(tree.at("/storage/ticket").asText()).isEqualTo("CHG-1234");
        assertThat(saved).doesNotContain("unknownFields");
        for (String field : List.of("owner", "rack", "pool", "ticket")) {
            assertThat(occurrences(saved, "\"" + field + "\"")).as(field + " is written once").isEqualTo(1);
        }
        assertThat(tree.at("/nodes/1").has("rack")).as("a field stays with its own node").isFalse();
        assertThat(tree.has("rack") || tree.has("pool") || tree.has("ticket")).as("nothing moves up a level").isFalse();

        store.save(store.load(file), file);
        assertThat(Files.readString(file)).as("a second save changes nothing").isEqualTo(saved);
    }

    @Test
    void theCopiesEarlierBuildsWroteUnderUnknownFieldsAreDroppedAndTheFieldsKept() throws Exception {
        Path file = write("earlier.json", """
                {"schemaVersion": 1, "id": "feeds", "name": "Feeds", "product": "proget",
                 "nodes": [{"unknownFields": {"rack": 4}, "name": "a", "host": "a", "access": "manual", "rack": 4}],
                 "database": {"unknownFields": {}, "kind": "postgresql"},
                 "unknownFields": {"owner": "team"}, "owner": "team"}
                """);
        Profile profile = store.load(file);
        assertThat(profile.getUnknownFields()).containsOnlyKeys("owner");
        assertThat(profile.getNodes().get(0).getUnknownFields()).containsOnlyKeys("rack");
        assertThat(profile.getDatabase().getUnknownFields()).isEmpty();

        store.save(profile, file);
        assertThat(Files.readString(file)).doesNotContain("unknownFields");
    }

    @Test
    void everyProfileClusterwrightWritesAndTheHandWrittenOneFollowThePublishedSchema() throws Exception {
        List<String> profiles = new ArrayList<>();
        for (Product product : Product.values()) {
            profiles.add(store.toJson(StarterProfiles.create(product, product.displayName() + " cluster")));
        }
        profiles.add(store.toJson(everyField()));
        profiles.add(HAND_WRITTEN);
        Path file = write("cluster.json", HAND_WRITTEN);
        profiles.add(store.toJson(store.load(file)));

        for (String profile : profiles) {
            assertThat(JsonSchemas.validate(Profile.SCHEMA_RESOURCE, profile)).as(profile).isEmpty();
        }
    }

    @Test
    void theSchemaRefusesWhatTheProfileCannotHold() {
        Map<String, String> wrong = Map.of(
                "\"access\": \"manual\"", "\"access\": \"telnet\"",
                "\"schemaVersion\": 1", "\"schemaVersion\": 2",
                "\"kind\": \"sqlserver\"", "\"kind\": \"oracle\"",
                "\"name\": \"b\", ", "\"name\": \"b\", \"smbPort\": 70000, ",
                "\"ticket\": \"CHG-1234\"", "\"password\": \"Not A Reference!\"");
        wrong.forEach((from, to) -> assertThat(JsonSchemas.validate(Profile.SCHEMA_RESOURCE,
                HAND_WRITTEN.replace(from, to))).as(to).hasSize(1));
    }

    /** A profile with every field Clusterwright knows set. */
    private static Profile everyField() {
        Profile profile = StarterProfiles.create(Product.PROGET, "Everything");
        profile.setVersionLine(VersionLine.V2023_TO_2024);
        ClusterNode node = profile.getNodes().get(0);
        node.setAccessUser("CORP\\admin");
        node.setAccessPassword(SecretRef.forNode(node.getName(), "password"));
        node.setConfigShare("D$");
        node.setConfigPath("Inedo\\SharedConfig");
        node.setSmbPort(4450);
        node.setLocalConfigFolder("/srv/config");
        node.setRoles(EnumSet.of(NodeRole.WEB));
        node.setHaEnabled(false);
        profile.getNodes().get(1).setAccess(NodeAccess.DOCKER);
        profile.getNodes().get(1).setEnvFile("/srv/proget/docker-compose.yml");
        profile.getDatabase().setKind(DatabaseKind.POSTGRESQL);
        profile.getDatabase().setConnectionString("Host=db;Database=proget;Username=proget");
        profile.getDatabase().setPassword(SecretRef.DATABASE_PASSWORD);
        profile.getStorage().setPath("\\\\files\\packages");
        profile.getStorage().setAccount("CORP\\svc-proget");
        profile.getStorage().setPassword(SecretRef.STORAGE_PASSWORD);
        profile.getStorage().setSmbPort(4451);
        profile.getStorage().setProbeSizeMiB(16);
        profile.getStorage().setMinFreeGiB(20);
        profile.getStorage().setNodePaths(Map.of(node.getName(), "\\\\files.corp\\packages"));
        profile.getEncryptionKey().setKey(SecretRef.ENCRYPTION_KEY);
        profile.getEncryptionKey().setFingerprint("0123456789abcdef");
        profile.getHighAvailability().confirm("enable-ha", "2025-03-14T09:45:00Z");
        profile.getLoadBalancer().setUrl("https://proget.corp/");
        profile.getLoadBalancer().setNodeHeader("X-Served-By");
        return profile;
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
