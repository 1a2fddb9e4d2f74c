package org.clusterwright.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clusterwright.keys.SecretScan;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.ProfileStore;
import org.clusterwright.profile.StarterProfiles;
import org.clusterwright.testing.ProgramProcess;
import org.clusterwright.testing.ProgramRun;
import org.clusterwright.testing.SambaRequirements;
import org.clusterwright.testing.SambaServer;
import org.clusterwright.testing.Zips;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The program as a user runs it, in its own process, against a real Samba share (so SMBJ logs, as it does at every
 * login): its console holds only its own lines, the library lines are in the log file, and neither the log file nor
 * the unzipped support bundle holds any of the run's secrets, one of which was pasted into the profile by mistake.
 */
@Timeout(180)
class ProgramConsoleSambaTest {
    private static final Duration DEADLINE = Duration.ofSeconds(90);
    private static final String DB_PASSWORD = "Db-Secret-4711";
    private static final String API_KEY = "ApiKey-Secret-0815";
    /** A log line as {@link MaskedLogFormatter} writes it: time, level, [pid], logger, message. */
    private static final Pattern LOG_LINE = Pattern.compile(
            "^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} (\\w+) \\[\\d+] (\\S+): (.*)$", Pattern.MULTILINE);

    @TempDir
    static Path work;
    static SambaServer server;

    @BeforeAll
    static void startSamba() throws Exception {
        SambaRequirements.assumeAvailable();
        Path packages = Files.createDirectories(work.resolve("packages/feeds"));
        server = SambaServer.builder(work).share("packages", packages.getParent()).start();
    }

    @AfterAll
    static void stopSamba() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void checkPrintsOnlyItsOwnLinesAndNoSecretReachesTheLogOrTheSupportBundle() throws Exception {
        Path profile = profileWithAPastedPassword();
        Path secrets = secretsFile();
        Path logs = work.resolve("logs");
        Map<String, String> environment = Map.of(LogFolder.VARIABLE, logs.toString(), "CLUSTERWRIGHT_KEYRING", "off");

        ProgramRun check = ProgramProcess.run(DEADLINE, environment, "check", "--step", "storage", "--profile",
                profile.toString(), "--secrets-file", secrets.toString(), "--timeout", "20");
        assertThat(check.exitCode()).as(check.toString()).isIn(0, 1);
        assertThat(check.output()).as(check.toString()).contains("storage.write");

        String log = Files.readString(logs.resolve(LogFile.NAME), StandardCharsets.UTF_8);
        Map<String, List<String>> libraryLines = libraryMessages(log);
        assertThat(libraryLines).as("SMBJ logs every login; the log file is where it must go").containsKey("com.hierynomus");
        libraryLines.values().stream().flatMap(List::stream).filter(message -> message.length() >= 8)
                .forEach(message -> assertThat(check.output()).as("a library's log line on the console")
                        .doesNotContain(message));
        assertThat(check.output()).doesNotContainPattern(LOG_LINE).doesNotContain("com.hierynomus", "SLF4J", "INFO");

        Path bundle = work.resolve("bundle.zip");
        ProgramRun diagnose = ProgramProcess.run(DEADLINE, environment, "diagnose", "--profile", profile.toString(),
                "--out", bundle.toString(), "--secrets-file", secrets.toString());
        assertThat(diagnose.exitCode()).as(diagnose.toString()).isZero();
        assertThat(diagnose.output()).contains("Masked before writing: database.password (1 in profile/support.json)")
                .doesNotContain("support-journal.jsonl (looked for");

        Map<String, String> unzipped = Zips.unzip(bundle);
        assertThat(unzipped).containsKeys("profile/support.json", "profile/support-journal.jsonl",
                "logs/clusterwright.log", "versions.txt", "README.txt");
        assertThat(unzipped.get("profile/support.json")).contains("the database password is [secret masked]");
        assertThat(unzipped.get("logs/clusterwright.log")).contains("com.hierynomus");
        assertThat(unzipped.get("versions.txt")).contains("Clusterwright ", "commit ", "Java ", "OS ",
                "JavaFX 21.0.", "mssql-jdbc 13.", "pgjdbc 42.7.", "SMBJ 0.14.");
        assertThat(unzipped.get("README.txt")).contains("database.password: 1 in profile/support.json");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(bundle))).isEqualTo("rw-------");

        List<String> known = List.of(DB_PASSWORD, API_KEY, server.password());
        SecretScan.assertNoSecret("the log file", Files.readString(logs.resolve(LogFile.NAME)), known);
        SecretScan.assertNoSecret("the console of check", check.output(), known);
        SecretScan.assertNoSecret("the console of diagnose", diagnose.output(), known);
        unzipped.forEach((entry, text) -> SecretScan.assertNoSecret("the bundle's " + entry, text, known));
    }

    /** A profile whose storage is the Samba share, and a note where someone pasted the database password. */
    private static Path profileWithAPastedPassword() throws Exception {
        Profile profile = StarterProfiles.create(Product.PROGET, "support");
        profile.setNodes(List.of(new ClusterNode("n1", "n1", NodeAccess.MANUAL, "http://n1:8624/")));
        profile.getStorage().setPath("\\\\127.0.0.1\\packages\\feeds");
        profile.getStorage().setSmbPort(server.port());
        profile.getStorage().setAccount(server.user());
        profile.getStorage().setProbeSizeMiB(1);
        Path file = work.resolve("support.json");
        new ProfileStore().save(profile, file);
        ObjectMapper json = new ObjectMapper();
        ObjectNode tree = (ObjectNode) json.readTree(file.toFile());
        tree.put("notes", "the database password is " + DB_PASSWORD);
        json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), tree);
        return file;
    }

    private static Path secretsFile() throws IOException {
        Path file = work.resolve("secrets.txt");
        Files.writeString(file, "storage.password=" + server.password() + "\ndatabase.password=" + DB_PASSWORD
                + "\napi-key=" + API_KEY + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    /** The messages of the log's records from other loggers than the program's own, by the logger's top package. */
    private static Map<String, List<String>> libraryMessages(String log) {
        Map<String, List<String>> messages = new LinkedHashMap<>();
        Matcher line = LOG_LINE.matcher(log);
        while (line.find()) {
            String logger = line.group(2);
            if (!logger.startsWith("org.clusterwright")) {
                String top = String.join(".", List.of(logger.split("\\.")).subList(0, Math.min(2, logger.split("\\.").length)));
                messages.computeIfAbsent(top, t -> new ArrayList<>()).add(line.group(3).strip());
            }
        }
        return messages;
    }
}
