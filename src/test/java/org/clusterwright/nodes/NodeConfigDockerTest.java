package org.clusterwright.nodes;

import org.clusterwright.nodes.docker.DockerExport;
import org.clusterwright.nodes.docker.DockerNodeConfig;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.VersionLine;
import org.clusterwright.secrets.Secret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Docker/Linux nodes: reading env and compose files with current and legacy names, and the exported files. */
class NodeConfigDockerTest {
    private static final String KEY = "37D27A670394F7D82CE57F1F07D69747";

    @TempDir
    Path dir;

    @Test
    void readsAnEnvFileWithQuotesExportAndComments() throws Exception {
        Path env = Files.writeString(dir.resolve("proget.env"), "# ProGet\nexport PROGET_ENCRYPTION_KEY='" + KEY + "'\n"
                + "PROGET_SQL_CONNECTION_STRING=\"Data Source=inedo-sql; Initial Catalog=ProGet; User ID=sa; Password=x\"\n"
                + "TZ=America/Denver # local time\n");
        DockerNodeConfig config = DockerNodeConfig.read(env.toString(), Product.PROGET);
        assertThat(config.encryptionKey().orElseThrow().reveal()).isEqualTo(KEY);
        assertThat(config.keyFrom()).isEqualTo("PROGET_ENCRYPTION_KEY in " + env);
        assertThat(config.sqlConnectionString().orElseThrow().reveal()).startsWith("Data Source=inedo-sql;");
        assertThat(config.postgresConnectionString()).isEmpty();
    }

    @Test
    void followsTheFileVariantAndNamesLegacyVariables() throws Exception {
        Files.writeString(dir.resolve("key.txt"), KEY + "\n");
        Path env = Files.writeString(dir.resolve("otter.env"),
                "OTTER_ENCRYPTION_KEY_FILE=key.txt\nSQL_CONNECTION_STRING=Data Source=old\nOTTER_DB_TYPE=SqlServer\n");
        DockerNodeConfig config = DockerNodeConfig.read(env.toString(), Product.OTTER);
        assertThat(config.encryptionKey().orElseThrow().reveal()).isEqualTo(KEY);
        assertThat(config.keyFrom()).startsWith("OTTER_ENCRYPTION_KEY_FILE -> ");
        assertThat(config.sqlConnectionString().orElseThrow().reveal()).isEqualTo("Data Source=old");
        // SQL_CONNECTION_STRING is a real legacy name; OTTER_DB_TYPE never existed (only PROGET_DB_TYPE did)
        assertThat(config.notes()).singleElement().satisfies(note -> assertThat(note).contains("legacy"));
    }

    @Test
    void bothTheValueAndItsFileIsRefusedWithoutShowingTheValue() throws Exception {
        Path env = Files.writeString(dir.resolve("proget.env"),
                "PROGET_ENCRYPTION_KEY=" + KEY + "\nPROGET_ENCRYPTION_KEY_FILE=/run/secrets/k\n");
        assertThatThrownBy(() -> DockerNodeConfig.read(env.toString(), Product.PROGET))
                .hasMessageContaining("both PROGET_ENCRYPTION_KEY and PROGET_ENCRYPTION_KEY_FILE")
                .hasMessageNotContaining(KEY);
    }

    @Test
    void readsComposeFilesInMapAndListFormWithDotEnvAndSecrets() throws Exception {
        Files.writeString(dir.resolve(".env"), "PG_PASSWORD=pw\n");
        Files.writeString(dir.resolve("bm_key"), KEY);
        Path compose = Files.writeString(dir.resolve("compose.yml"), """
                services:
                  db:
                    image: proget.inedo.com/productimages/inedo/inedodb:17.6
                  buildmaster:
                    image: proget.inedo.com/productimages/inedo/buildmaster:2024
                    environment:
                      - BUILDMASTER_ENCRYPTION_KEY_FILE=/run/secrets/bm_key
                      - BUILDMASTER_POSTGRES_CONNECTION_STRING=Server=db;Password=${PG_PASSWORD}
                    secrets: [bm_key]
                secrets:
                  bm_key:
                    file: ./bm_key
                """);
        DockerNodeConfig config = DockerNodeConfig.read(compose.toString(), Product.BUILDMASTER);
        assertThat(config.encryptionKey().orElseThrow().reveal()).isEqualTo(KEY);
        assertThat(config.postgresConnectionString().orElseThrow().reveal()).isEqualTo("Server=db;Password=pw");
        assertThat(config.source()).endsWith("(service buildmaster)");

        Path map = Files.writeString(dir.resolve("two.yaml"), "services:\n  a:\n    environment:\n      PROGET_ENCRYPTION_KEY: "
                + KEY + "\n  b:\n    environment:\n      PROGET_ENCRYPTION_KEY: other\n");
        assertThatThrownBy(() -> DockerNodeConfig.read(map.toString(), Product.PROGET))
                .hasMessageContaining("2 ProGet services [a, b]");
        assertThat(DockerNodeConfig.read(map + "#a", Product.PROGET).encryptionKey().orElseThrow().reveal()).isEqualTo(KEY);
    }

    @Test
    void exportsOwnerOnlyFilesInOneFormThatReadBackToTheSameKey() throws Exception {
        Path out = dir.resolve("export");
        DockerExport.Written written = DockerExport.write(out, Product.PROGET,
                VersionLine.V2025_AND_NEWER.containerVariables(Product.PROGET), Secret.of(KEY),
                Optional.of(Secret.of("Data Source=sql; Password=pw")), Optional.empty());
        assertThat(written.files()).extracting(p -> p.getFileName().toString())
                .containsExactly("proget.env", "proget-compose-snippet.yml", "proget-secret.yaml");
        assertThat(written.ownerOnly()).isTrue();
        for (Path file : written.files()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString()).isEqualTo("rw-------");
        }
        assertThat(Files.list(out)).hasSize(3);
        // one form: the variable itself, never beside its _FILE twin (Inedo calls setting both invalid)
        for (Path file : written.files()) {
            assertThat(Files.readString(file).lines().filter(l -> !l.startsWith("#")))
                    .noneMatch(l -> l.contains("ENCRYPTION_KEY_FILE"));
        }
        assertThat(Files.readString(out.resolve("proget.env"))).contains("PROGET_ENCRYPTION_KEY=" + KEY,
                "PROGET_SQL_CONNECTION_STRING=");
        assertThat(Files.readString(out.resolve("proget-compose-snippet.yml"))).doesNotContain(KEY).contains("env_file");
        assertThat(Files.readString(out.resolve("proget-secret.yaml"))).doesNotContain(KEY).contains("kind: Secret");

        assertThat(DockerNodeConfig.read(out.resolve("proget.env").toString(), Product.PROGET).encryptionKey().orElseThrow().reveal())
                .isEqualTo(KEY);
        DockerNodeConfig fromSnippet = DockerNodeConfig.read(out.resolve("proget-compose-snippet.yml").toString(), Product.PROGET);
        assertThat(fromSnippet.encryptionKey().orElseThrow().reveal()).isEqualTo(KEY);
        DockerNodeConfig fromSecret = DockerNodeConfig.read(out.resolve("proget-secret.yaml").toString(), Product.PROGET);
        assertThat(fromSecret.encryptionKey().orElseThrow().reveal()).isEqualTo(KEY);
        assertThat(fromSecret.sqlConnectionString().orElseThrow().reveal()).isEqualTo("Data Source=sql; Password=pw");
    }

    @Test
    void proGet53ContainersGetTheLegacyConnectionStringVariable() throws Exception {
        Path out = dir.resolve("old");
        DockerExport.write(out, Product.PROGET, VersionLine.PROGET_5_3_AND_OLDER.containerVariables(Product.PROGET),
                Secret.of(KEY), Optional.of(Secret.of("Data Source=sql; Password=pw")), Optional.empty());
        assertThat(Files.readString(out.resolve("proget.env"))).contains("\nSQL_CONNECTION_STRING=Data Source=sql",
                "PROGET_DB_TYPE=SqlServer").doesNotContain("PROGET_SQL_CONNECTION_STRING");
    }

    @Test
    void bothAVariableAndItsFileTwinAreNotedWhenTheyAgreeAndRefusedWhenTheyDiffer() throws Exception {
        Files.writeString(dir.resolve("key"), KEY);
        Path same = Files.writeString(dir.resolve("same.env"), "PROGET_ENCRYPTION_KEY=" + KEY
                + "\nPROGET_ENCRYPTION_KEY_FILE=./key\n");
        DockerNodeConfig config = DockerNodeConfig.read(same.toString(), Product.PROGET);
        assertThat(config.encryptionKey().orElseThrow().reveal()).isEqualTo(KEY);
        assertThat(config.notes()).singleElement().satisfies(note -> assertThat(note)
                .contains("sets both PROGET_ENCRYPTION_KEY and PROGET_ENCRYPTION_KEY_FILE").doesNotContain(KEY));

        Path differ = Files.writeString(dir.resolve("differ.env"), "PROGET_ENCRYPTION_KEY=00000000000000000000000000000000"
                + "\nPROGET_ENCRYPTION_KEY_FILE=./key\n");
        assertThatThrownBy(() -> DockerNodeConfig.read(differ.toString(), Product.PROGET))
                .hasMessageContaining("with different values").hasMessageNotContaining(KEY);

        // BUILDMASTER_DATABASE and OTTER_DB_TYPE never existed: only ProGet had PROGET_DATABASE and PROGET_DB_TYPE
        Path otter = Files.writeString(dir.resolve("otter.env"), "OTTER_ENCRYPTION_KEY=" + KEY
                + "\nOTTER_DATABASE=Data Source=x\nOTTER_DB_TYPE=SqlServer\n");
        DockerNodeConfig otterConfig = DockerNodeConfig.read(otter.toString(), Product.OTTER);
        assertThat(otterConfig.sqlConnectionString()).isEmpty();
        assertThat(otterConfig.notes()).isEmpty();
    }
}
