package org.clusterwright.keys;

import org.clusterwright.check.ExitCodes;
import org.clusterwright.cli.CommandLineApp;
import org.clusterwright.cluster.HaChecklist;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.ProfileStore;
import org.clusterwright.profile.VersionLine;
import org.clusterwright.secrets.InMemorySecretStore;
import org.clusterwright.secrets.Secret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The IIS machine key of ProGet 5.3 and older: lengths IIS accepts, random, and never shown unasked. */
class MachineKeyTest {
    private static final Pattern ELEMENT = Pattern.compile("<machineKey validationKey=\"([0-9A-F]{128})\" "
            + "decryptionKey=\"([0-9A-F]{48})\" validation=\"SHA1\" decryption=\"Auto\" />");

    @TempDir
    Path dir;

    @Test
    void theElementHasTheLengthsAndSettingsIisAccepts() {
        MachineKey key = MachineKey.generate();

        Matcher element = ELEMENT.matcher(key.element().reveal());
        assertThat(element.matches()).as(MachineKey.MASKED_ELEMENT).isTrue();
        assertThat(HexFormat.of().parseHex(element.group(1))).hasSize(64);
        assertThat(HexFormat.of().parseHex(element.group(2))).hasSize(24);
        assertThat(element.group(1)).isEqualTo(key.validationKey().reveal());
        assertThat(element.group(2)).isEqualTo(key.decryptionKey().reveal());
    }

    @Test
    void everyPairIsNewAndItsBitsAreBalanced() {
        Set<String> seen = new HashSet<>();
        long ones = 0;
        long bits = 0;
        for (int i = 0; i < 200; i++) {
            MachineKey key = MachineKey.generate();
            assertThat(seen.add(key.validationKey().reveal())).isTrue();
            assertThat(seen.add(key.decryptionKey().reveal())).isTrue();
            for (byte b : HexFormat.of().parseHex(key.validationKey().reveal() + key.decryptionKey().reveal())) {
                ones += Integer.bitCount(b & 0xFF);
                bits += 8;
            }
        }
        // 70,400 bits: a fair source lands within a fraction of a percent of one half; a constant or biased one cannot
        assertThat((double) ones / bits).isBetween(0.48, 0.52);
    }

    @Test
    void itsTextNeverShowsTheValues() {
        MachineKey key = MachineKey.generate();
        String shown = key + " " + key.element() + " " + key.validationKey() + " " + MachineKey.MASKED_ELEMENT + " "
                + MachineKey.instructions();

        assertThat(shown).doesNotContain(key.validationKey().reveal()).doesNotContain(key.decryptionKey().reveal())
                .doesNotContainPattern("[0-9A-Fa-f]{40}");
        assertThat(key.toString()).isEqualTo("MachineKey[validationKey=" + Secret.MASK + ", decryptionKey=" + Secret.MASK + "]");
        assertThat(MachineKey.MASKED_ELEMENT).isEqualTo("<machineKey validationKey=\"[128 hex characters, hidden]\" "
                + "decryptionKey=\"[48 hex characters, hidden]\" validation=\"SHA1\" decryption=\"Auto\" />");
    }

    @Test
    void onlyProGet53AndOlderNeedsItAndItIsInItsHaProcedure() {
        assertThat(VersionLine.PROGET_5_3_AND_OLDER.needsMachineKey(Product.PROGET)).isTrue();
        assertThat(VersionLine.V2022.needsMachineKey(Product.PROGET)).isFalse();
        assertThat(VersionLine.PROGET_5_3_AND_OLDER.needsMachineKey(Product.BUILDMASTER)).isFalse();
        assertThat(MachineKey.instructions()).contains(MachineKey.MASKED_ELEMENT).contains("web.config");
        assertThat(haItemTexts(VersionLine.PROGET_5_3_AND_OLDER))
                .anyMatch(item -> item.startsWith("machine-key@p1 ") && item.contains("Machine Key"));
        assertThat(haItemTexts(VersionLine.V2022)).noneMatch(item -> item.contains("machineKey"))
                .noneMatch(item -> item.contains("Machine Key"));
    }

    /** Each step 4 item of a two-node ProGet profile of {@code line}: its key, a space, its text. */
    private static List<String> haItemTexts(VersionLine line) {
        Profile profile = profile(line);
        profile.setNodes(List.of(new ClusterNode("p1", "p1.corp", NodeAccess.WINDOWS_SMB, "http://p1:8624/"),
                new ClusterNode("p2", "p2.corp", NodeAccess.WINDOWS_SMB, "http://p2:8624/")));
        return new HaChecklist(profile).items().stream().map(item -> item.key() + " " + item.text()).toList();
    }

    @Test
    void theServiceKeepsOnePairPerProfileSoEveryServerGetsTheSame() {
        Profile profile = profile(VersionLine.PROGET_5_3_AND_OLDER);
        InMemorySecretStore secrets = new InMemorySecretStore();
        KeyService service = KeyService.forProfile(profile, secrets, Duration.ofSeconds(1));

        MachineKey first = service.machineKey().orElseThrow();
        MachineKey again = KeyService.forProfile(profile, secrets, Duration.ofSeconds(1)).machineKey().orElseThrow();

        assertThat(again.element()).isEqualTo(first.element());
        assertThat(secrets.get(profile.getId(), KeyService.MACHINE_VALIDATION_KEY)).contains(first.validationKey());
        assertThat(KeyService.forProfile(profile(VersionLine.V2025_AND_NEWER), secrets, Duration.ofSeconds(1))
                .machineKey()).isEmpty();
    }

    @Test
    void theCommandWritesTheElementToAnOwnerOnlyFileAndPrintsNoValue() throws Exception {
        Path out = dir.resolve("machine-key.xml");

        Run written = machineKeyCommand(VersionLine.PROGET_5_3_AND_OLDER, out);

        assertThat(written.code()).as(written.err()).isEqualTo(ExitCodes.ALL_PASSED);
        String file = Files.readString(out);
        Matcher element = ELEMENT.matcher(file);
        assertThat(element.find()).as(file).isTrue();
        assertThat(file).contains("<system.web>");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
        assertThat(written.out()).contains(MachineKey.MASKED_ELEMENT).doesNotContain(element.group(1))
                .doesNotContain(element.group(2));

        Run again = machineKeyCommand(VersionLine.PROGET_5_3_AND_OLDER, out);
        assertThat(again.code()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(again.err()).contains("already exists").contains("--force");
        assertThat(Files.readString(out)).isEqualTo(file);
    }

    @Test
    void theCommandRefusesAProfileThatDoesNotNeedAMachineKey() throws Exception {
        Path out = dir.resolve("machine-key.xml");

        Run refused = machineKeyCommand(VersionLine.V2025_AND_NEWER, out);

        assertThat(refused.code()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(refused.err()).contains("only ProGet 5.3 and older");
        assertThat(out).doesNotExist();
    }

    private static Profile profile(VersionLine line) {
        Profile profile = new Profile();
        profile.setName("machine key test");
        profile.setProduct(Product.PROGET);
        profile.setVersionLine(line);
        return profile;
    }

    private record Run(int code, String out, String err) {
    }

    /** 'keys machine-key' for a ProGet profile of {@code line}, written to {@code out}. */
    private Run machineKeyCommand(VersionLine line, Path out) throws Exception {
        Path profileFile = dir.resolve(line.name() + ".json");
        new ProfileStore().save(profile(line), profileFile);
        return run("keys", "machine-key", "--profile", profileFile.toString(), "--out", out.toString());
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> noEnvironment = Map.of();
        int code = CommandLineApp.execute(new PrintWriter(out, true), new PrintWriter(err, true), noEnvironment::get, args);
        return new Run(code, out.toString(), err.toString());
    }
}
