package org.clusterwright.cli;

import org.clusterwright.check.ExitCodes;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.ProfileStore;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.profile.StarterProfiles;
import org.clusterwright.secrets.InMemorySecretStore;
import org.clusterwright.secrets.Secret;
import org.clusterwright.secrets.SecretStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** A command's secrets: given in the environment or a private file, otherwise read from the keyring. */
class CommandSecretsTest {
    @TempDir
    Path dir;

    private final Profile profile = StarterProfiles.create(Product.PROGET, null);
    private final InMemorySecretStore keyring = new InMemorySecretStore();
    private final AtomicInteger keyringOpened = new AtomicInteger();
    private final Supplier<SecretStore> openKeyring = () -> {
        keyringOpened.incrementAndGet();
        return keyring;
    };

    private Path privateFile(String name, String text) throws IOException {
        Path file = Files.writeString(dir.resolve(name), text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    private String valueOf(SecretStore secrets, SecretRef ref) {
        return secrets.get(profile.getId(), ref).map(Secret::reveal).orElse(null);
    }

    @Test
    void theFileWinsOverTheEnvironmentAndTheKeyringServesWhatNeitherGave() throws IOException {
        keyring.put(profile.getId(), SecretRef.DATABASE_PASSWORD, Secret.of("stored-db"));
        keyring.put(profile.getId(), SecretRef.STORAGE_PASSWORD, Secret.of("stored-storage"));
        Path file = privateFile("secrets", "# for the lab\n\ndatabase.password= from file = with spaces \r\n"
                + "api-key=abc#def\n");

        SecretStore secrets = CommandSecrets.load(profile, null, file,
                Map.of(CommandSecrets.DATABASE_PASSWORD, "from-env")::get, openKeyring);

        assertThat(valueOf(secrets, SecretRef.DATABASE_PASSWORD)).isEqualTo(" from file = with spaces ");
        assertThat(valueOf(secrets, SecretRef.API_KEY)).isEqualTo("abc#def");
        assertThat(keyringOpened).as("not asked while every secret read so far was given").hasValue(0);
        assertThat(valueOf(secrets, SecretRef.STORAGE_PASSWORD)).isEqualTo("stored-storage");
        assertThat(valueOf(secrets, SecretRef.ENCRYPTION_KEY)).isNull();
        assertThat(keyringOpened).as("opened once").hasValue(1);
    }

    @Test
    void whatACommandIsGivenNeverReachesTheKeyring() {
        SecretStore secrets = CommandSecrets.load(profile, null, null,
                Map.of(CommandSecrets.STORAGE_PASSWORD, "given")::get, openKeyring);

        secrets.put(profile.getId(), SecretRef.ENCRYPTION_KEY, Secret.of("generated-by-the-run"));

        assertThat(keyring.get(profile.getId(), SecretRef.ENCRYPTION_KEY)).isEmpty();
        assertThat(keyring.get(profile.getId(), SecretRef.STORAGE_PASSWORD)).isEmpty();
        assertThat(secrets.isPersistent()).isFalse();
    }

    @Test
    void aSecretsFileOthersCanReadIsRefusedWithTheFix() throws Exception {
        Path file = privateFile("shared", "database.password=hunter2\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        Path profileFile = dir.resolve("cluster.json");
        new ProfileStore().save(profile, profileFile);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineApp.execute(new PrintWriter(out, true), new PrintWriter(err, true), name -> null,
                "check", "--profile", profileFile.toString(), "--secrets-file", file.toString());

        assertThat(code).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(err.toString()).contains("the secrets file " + file + " can be read by other users (rw-r-----)")
                .contains("chmod 600 " + file).doesNotContain("hunter2");
        assertThat(out.toString()).doesNotContain("hunter2");
    }

    @Test
    void aMalformedLineIsNamedByNumberAndNeverRepeated() throws IOException {
        Path noEquals = privateFile("no-equals", "database.password=ok\nhunter2\n");
        Path badName = privateFile("bad-name", "Database Password=hunter2\n");
        Path twice = privateFile("twice", "api-key=one\napi-key=two\n");

        assertThat(refusal(noEquals)).isEqualTo("line 2 of the secrets file " + noEquals
                + " has no '=': write NAME=value, for example database.password=....");
        assertThat(refusal(badName)).startsWith("line 1 of the secrets file " + badName
                + " does not start with a secret's name").doesNotContain("hunter2").doesNotContain("Database");
        assertThat(refusal(twice)).isEqualTo("line 2 of the secrets file " + twice + " names api-key a second time.");
    }

    private String refusal(Path file) {
        try {
            SecretsFile.read(file);
            throw new AssertionError("accepted " + file);
        } catch (UsableInputException e) {
            return e.getMessage();
        }
    }

    @Test
    void noOptionOfAnyCommandTakesASecretItself() {
        List<CommandLine.Model.OptionSpec> options = new ArrayList<>();
        collectOptions(CommandLineApp.create(name -> null), options);

        assertThat(options).filteredOn(option -> option.longestName().matches("(?i).*(password|secret).*"))
                .isNotEmpty().allSatisfy(option -> assertThat(option.type()).as(option.longestName()).isEqualTo(Path.class));
        assertThat(options).extracting(CommandLine.Model.OptionSpec::longestName).contains("--secrets-file");
    }

    private static void collectOptions(CommandLine command, List<CommandLine.Model.OptionSpec> into) {
        into.addAll(command.getCommandSpec().options());
        command.getSubcommands().values().forEach(sub -> collectOptions(sub, into));
    }
}
