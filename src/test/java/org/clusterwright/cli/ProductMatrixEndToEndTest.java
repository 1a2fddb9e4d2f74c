package org.clusterwright.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clusterwright.database.EmulatedSqlServer;
import org.clusterwright.lab.Lab;
import org.clusterwright.lab.LabNode;
import org.clusterwright.lab.LabOptions;
import org.clusterwright.lab.LabOptions.NodeKind;
import org.clusterwright.lab.LabOptions.OtterHealth;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.profile.VersionLine;
import org.clusterwright.secrets.InMemorySecretStore;
import org.clusterwright.secrets.Secret;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * check, plan, apply and report from the command line on a lab of every product on Windows-style and Docker-style
 * nodes, and of ProGet's older release lines: step 1 tells what the nodes run, plan proposes only what the product's
 * documentation asks for that product, line and kind of node, apply (with the Docker export deployed, as an
 * administrator would) and a restart of each node make a cluster the lab reports healthy, with one key everywhere.
 * Lines that run on SQL Server get the protocol-level SQL Server emulation as the lab's database.
 */
class ProductMatrixEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Case(Product product, VersionLine line, NodeKind nodes, OtterHealth otterHealth) {
        @Override
        public String toString() {
            return product + " " + line.id() + " on " + nodes.id() + "-style nodes"
                    + (product == Product.OTTER ? ", /health " + otterHealth : "");
        }

        boolean docker() {
            return nodes == NodeKind.DOCKER;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case(Product.PROGET, VersionLine.V2025_AND_NEWER, NodeKind.WINDOWS, OtterHealth.NOT_FOUND),
                new Case(Product.PROGET, VersionLine.V2025_AND_NEWER, NodeKind.DOCKER, OtterHealth.NOT_FOUND),
                new Case(Product.BUILDMASTER, VersionLine.V2025_AND_NEWER, NodeKind.WINDOWS, OtterHealth.NOT_FOUND),
                new Case(Product.BUILDMASTER, VersionLine.V2025_AND_NEWER, NodeKind.DOCKER, OtterHealth.NOT_FOUND),
                new Case(Product.OTTER, VersionLine.V2025_AND_NEWER, NodeKind.WINDOWS, OtterHealth.NOT_FOUND),
                new Case(Product.OTTER, VersionLine.V2025_AND_NEWER, NodeKind.DOCKER, OtterHealth.JSON),
                new Case(Product.PROGET, VersionLine.V2023_TO_2024, NodeKind.WINDOWS, OtterHealth.NOT_FOUND),
                new Case(Product.PROGET, VersionLine.V2022, NodeKind.WINDOWS, OtterHealth.NOT_FOUND),
                new Case(Product.PROGET, VersionLine.PROGET_5_3_AND_OLDER, NodeKind.WINDOWS, OtterHealth.NOT_FOUND));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void checkPlanApplyAndReportEndInAHealthyCluster(Case c) throws Exception {
        LabOptions options = new LabOptions(c.product(), c.line(), c.nodes(), c.otterHealth(), Optional.empty());
        EmulatedSqlServer sql = options.onSqlServer() ? EmulatedSqlServer.start(c.product()) : null;
        InMemorySecretStore secrets = new InMemorySecretStore();
        Lab lab = Lab.start(dir.resolve("lab"), secrets, sql == null ? options : options.withSqlServer(sql));
        try {
            String profile = lab.profileFile().toString();
            String secretsFile = secretsFile(lab, secrets).toString();

            stepOneTellsWhatTheNodesRun(c, profile, secretsFile);
            planProposesWhatTheDocumentationAsks(c, profile, secretsFile);

            Path export = dir.resolve("export");
            List<String> apply = new ArrayList<>(List.of("apply", "--profile", profile, "--secrets-file", secretsFile,
                    "--yes", "--timeout", "10"));
            if (c.docker()) {
                apply.addAll(List.of("--export-folder", export.toString()));
            }
            Run applied = run(apply.toArray(String[]::new));
            assertThat(applied.out() + applied.err()).as("apply").doesNotContain("stopped at");
            if (c.docker()) {
                deploy(export, lab, c.product());
            }
            for (LabNode node : lab.nodes()) {
                lab.restart(node.name());
            }

            Run after = run("check", "--profile", profile, "--secrets-file", secretsFile, "--step", "key,verify",
                    "--format", "json", "--timeout", "10");
            Map<String, JsonNode> results = results(after.out());
            assertThat(results.get("key.consistent@cluster").path("status").asText()).as(after.out()).isEqualTo("PASS");
            for (LabNode node : lab.nodes()) {
                assertThat(results.get("verify.health@" + node.name()).path("status").asText())
                        .as(node.name() + ": " + results.get("verify.health@" + node.name())).isEqualTo("PASS");
            }
            assertThat(results.get("verify.balancer@load-balancer").path("status").asText()).isIn("PASS", "WARN");
            if (c.product() != Product.OTTER || c.otterHealth() == OtterHealth.JSON) {
                assertThat(results.get("verify.version@cluster").path("status").asText()).isEqualTo("PASS");
            }

            Path report = dir.resolve("report.json");
            Run reported = run("report", "--profile", profile, "--format", "json", "--out", report.toString());
            assertThat(reported.exitCode()).isIn(0, 1);
            String text = Files.readString(report);
            assertThat(text).contains("\"key.consistent\"").contains(c.product().displayName());
            for (Secret secret : List.of(secrets.get(lab.profile().getId(), SecretRef.DATABASE_PASSWORD).orElseThrow(),
                    secrets.get(lab.profile().getId(), SecretRef.API_KEY).orElseThrow())) {
                assertThat(text).doesNotContain(secret.reveal());
                assertThat(applied.out()).doesNotContain(secret.reveal());
            }
        } finally {
            lab.stop();
            if (sql != null) {
                sql.close();
            }
        }
    }

    private void stepOneTellsWhatTheNodesRun(Case c, String profile, String secretsFile) throws Exception {
        Run check = run("check", "--profile", profile, "--secrets-file", secretsFile, "--step", "database",
                "--format", "json", "--timeout", "10");
        Map<String, JsonNode> results = results(check.out());
        assertThat(results.get("db.login@database").path("status").asText()).as(check.out()).isEqualTo("PASS");
        boolean tells = c.product() != Product.OTTER || c.otterHealth() == OtterHealth.JSON;
        for (String node : Lab.nodeNames(c.product())) {
            JsonNode detected = results.get("node.product@" + node);
            assertThat(detected.path("status").asText()).as(detected.toString()).isEqualTo(tells ? "PASS" : "SKIP");
            if (tells) {
                assertThat(detected.at("/evidence/line").asText()).isEqualTo(c.line().id());
                assertThat(detected.at("/evidence/product").asText()).isEqualTo(c.product().id());
            } else {
                assertThat(detected.path("summary").asText()).contains("Could not tell")
                        .contains("Otter documents no /health");
            }
        }
        JsonNode line = results.get("cluster.line@cluster");
        assertThat(line.path("status").asText()).as(line.toString()).isEqualTo(tells ? "PASS" : "SKIP");
    }

    private void planProposesWhatTheDocumentationAsks(Case c, String profile, String secretsFile) throws Exception {
        Run plan = run("plan", "--profile", profile, "--secrets-file", secretsFile, "--timeout", "10");
        String text = plan.out();
        if (c.docker()) {
            // no Windows items for Linux nodes: no services, robocopy, NTFS rights, IIS or machine key
            assertThat(text).doesNotContain("Restart-Service", "robocopy", "NTFS", "Machine Key", "Restart-WebAppPool")
                    .contains("docker compose -f");
        } else {
            assertThat(text).contains("Restart-Service -Name '" + c.product().serviceName() + "'");
        }
        switch (c.product()) {
            case PROGET -> {
                String value = c.docker() ? "/var/proget/packages" : dir.resolve("lab/storage").toString();
                assertThat(text).contains("Storage.PackagesRootPath to " + value);
            }
            case BUILDMASTER -> assertThat(text).contains("Artifacts.BasePath to "
                    + (c.docker() ? "/var/buildmaster/artifacts" : dir.resolve("lab/storage").toString()))
                    .contains("by hand");
            case OTTER -> assertThat(text).contains("Otter: nothing to set");
        }
        switch (c.line()) {
            case V2025_AND_NEWER -> assertThat(text).contains("Enable High-Availability (Automatic Fail-over)")
                    .doesNotContain("33237", "WEBSVC");
            case V2023_TO_2024 -> assertThat(text).contains("Enable High-Availability (Automatic Fail-over)",
                    "Allow inbound TCP 33237", "'INEDOPROGETSVC', 'INEDOPROGETWEBSVC'");
            case V2022 -> assertThat(text).contains("Enable Load Balancing", "Enable High Availability Mode",
                    "[change] next to", "'INEDOPROGETSVC', 'INEDOPROGETWEBSVC'").contains("by hand");
            case BEFORE_2022 -> assertThat(text).contains("Enable Load Balancing");
            case PROGET_5_3_AND_OLDER -> assertThat(text).contains("Enable Load Balancing",
                    "Enable High Availability Mode", "Service.MessengerEndpoint to tcp://*:33237", "Machine Key",
                    "Restart-WebAppPool -Name 'ProGetAppPool'").doesNotContain("INEDOPROGETWEBSVC");
        }
    }

    /** What an administrator does with the export: puts the env file beside each node's compose file. */
    private static void deploy(Path export, Lab lab, Product product) throws Exception {
        Path env = export.resolve(product.id() + ".env");
        assertThat(env).exists();
        for (LabNode node : lab.nodes()) {
            Files.copy(env, node.configFile().resolveSibling(product.id() + ".env"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path secretsFile(Lab lab, InMemorySecretStore secrets) throws Exception {
        Map<SecretRef, Secret> given = new LinkedHashMap<>();
        Lab.SECRETS.forEach(ref -> secrets.get(lab.profile().getId(), ref).ifPresent(s -> given.put(ref, s)));
        Path file = dir.resolve("lab-secrets");
        SecretsFile.write(file, given);
        return file;
    }

    private static Map<String, JsonNode> results(String json) throws Exception {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        for (JsonNode result : JSON.readTree(json).get("results")) {
            byId.put(result.get("id").asText() + "@" + result.get("target").asText(), result);
        }
        return byId;
    }

    record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineApp.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                Map.of("CLUSTERWRIGHT_KEYRING", "off")::get, args);
        return new Run(code, out.toString(), err.toString());
    }
}
