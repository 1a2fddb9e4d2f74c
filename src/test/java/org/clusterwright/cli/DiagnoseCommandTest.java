package org.clusterwright.cli;

import org.clusterwright.check.ExitCodes;
import org.clusterwright.testing.Zips;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** 'diagnose' where support is needed most: a profile that cannot be read, and a slip of the keyboard in --out. */
class DiagnoseCommandTest {
    private static final String DB_PASSWORD = "Broken-Profile-Pw-99";

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(String... args) {
        Map<String, String> environment = Map.of("CLUSTERWRIGHT_LOG_DIR", dir.resolve("logs").toString(),
                "CLUSTERWRIGHT_KEYRING", "off", CommandSecrets.DATABASE_PASSWORD, DB_PASSWORD);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineApp.execute(new PrintWriter(out, true), new PrintWriter(err, true), environment::get, args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void aProfileThatCannotBeReadIsBundledAsItIsWithTheReasonAndTheGivenSecretsMasked() throws IOException {
        Path profile = Files.writeString(dir.resolve("broken.json"),
                "{\"schemaVersion\": 1, \"database\": {\"connectionString\": \"Password=" + DB_PASSWORD + "\"");
        Files.createDirectories(dir.resolve("logs"));
        Files.writeString(dir.resolve("logs/clusterwright.log"), "an earlier run\n");

        Run run = run("diagnose", "--profile", profile.toString(), "--out", dir.resolve("bundle.zip").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.ALL_PASSED);
        assertThat(run.out()).contains("The profile could not be read: ").contains("malformed JSON")
                .contains("Masked before writing: database.password (1 in profile/broken.json)")
                .doesNotContain(DB_PASSWORD);
        Map<String, String> bundle = Zips.unzip(dir.resolve("bundle.zip"));
        assertThat(bundle).containsKeys("profile/broken.json", "logs/clusterwright.log", "versions.txt", "README.txt");
        assertThat(bundle.get("profile/broken.json")).contains("Password=[secret masked]").doesNotContain(DB_PASSWORD);
        assertThat(bundle.get("README.txt")).contains("The profile could not be read").contains("no broken-journal.jsonl");
    }

    @Test
    void anOutThatIsOneOfTheBundlesOwnFilesIsRefusedAndTheFileLeftAsItWas() throws IOException {
        Path profile = Files.writeString(dir.resolve("cluster.json"), "{}");

        Run run = run("diagnose", "--profile", profile.toString(), "--out", profile.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(run.err()).contains("--out " + profile).contains("one of the bundle's own files");
        assertThat(Files.readString(profile)).isEqualTo("{}");
    }
}
