package org.clusterwright.storage;

import org.clusterwright.storagepath.MalformedStoragePathException;
import org.clusterwright.storagepath.PathProblem;
import org.clusterwright.storagepath.PathUse;
import org.clusterwright.storagepath.StoragePath;
import org.clusterwright.storagepath.StoragePathRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoragePathTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "\\\\files\\packages|files|packages|",
            "\\\\files.corp.local\\proget$\\feeds\\nuget|files.corp.local|proget$|feeds\\nuget",
            "\\\\10.0.0.5\\share\\folder\\|10.0.0.5|share|folder",
            "\\\\?\\UNC\\files\\share\\a b\\c|files|share|a b\\c",
            "\\\\?\\unc\\files\\D$|files|D$|",
            "//files/share/packages|files|share|packages",
            "\\\\fd00--5.ipv6-literal.net\\share|fd00::5|share|",
            "\\\\fe80--1s4.ipv6-literal.net\\share|fe80::1%4|share|",
            "\\\\[2001:db8::1]\\share\\x|2001:db8::1|share|x",
            "\\\\2001:db8:0:0:0:0:0:1\\share|2001:db8:0:0:0:0:0:1|share|",
            "\\\\::ffff:10.0.0.1\\share|::ffff:10.0.0.1|share|",
            "  \\\\files\\share  |files|share|"})
    void uncPathsAreTakenApart(String text, String host, String share, String folder) throws Exception {
        StoragePath.Unc unc = (StoragePath.Unc) StoragePath.parse(text);
        assertThat(unc.host()).isEqualTo(host);
        assertThat(unc.share()).isEqualTo(share);
        assertThat(unc.folderInShare()).isEqualTo(folder == null ? "" : folder);
    }

    @Test
    void theUncFormIsWrittenBackWithoutTheLongPrefixOrATrailingBackslash() throws Exception {
        assertThat(StoragePath.parse("\\\\?\\UNC\\files\\share\\pkg\\").text()).isEqualTo("\\\\files\\share\\pkg");
        assertThat(((StoragePath.Unc) StoragePath.parse("\\\\files\\C$")).isHiddenShare()).isTrue();
    }

    @Test
    void drivesAndLinuxPathsAreRecognised() throws Exception {
        assertThat(StoragePath.parse("p:/packages/x")).isEqualTo(new StoragePath.Drive('P', "\\packages\\x"));
        assertThat(StoragePath.parse("P:")).isEqualTo(new StoragePath.Drive('P', "\\"));
        assertThat(StoragePath.parse("\\\\?\\C:\\ProgramData\\ProGet")).isEqualTo(
                new StoragePath.Drive('C', "\\ProgramData\\ProGet"));
        assertThat(StoragePath.parse("/var/proget/packages/")).isEqualTo(new StoragePath.Posix("/var/proget/packages"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "''|empty",
            "\\\\|incomplete UNC",
            "\\\\files|incomplete UNC",
            "\\\\files\\|incomplete UNC",
            "\\\\\\share|incomplete UNC",
            "\\\\?\\UNC\\files|incomplete UNC",
            "\\\\fi les\\share|not a valid server",
            "\\\\-files\\share|not a valid server",
            "\\\\300.1.1.1\\share|not a valid server",
            "\\\\1.2.3\\share|not a valid server",
            "\\\\2001:db8::1::2\\share|not a valid server",
            "\\\\12345::1\\share|not a valid server",
            "\\\\[::1\\share|not a valid server",
            "\\\\files\\sh*re|not a valid share name",
            "\\\\files\\a:b|not a valid share name",
            "\\\\files\\share\\\\x|empty folder name",
            "\\\\files\\share\\..\\x|relative part",
            "\\\\files\\share\\a?b|character Windows refuses",
            "\\\\files\\share\\dot.|ending in a space or dot",
            "packages|neither a UNC path nor an absolute path",
            "P|neither a UNC path nor an absolute path",
            "C:packages|neither a UNC path nor an absolute path",
            "/var/pro\\get|backslashes"})
    void malformedPathsSayWhatIsWrongAndHowToWriteIt(String text, String says) {
        assertThatThrownBy(() -> StoragePath.parse(text))
                .isInstanceOfSatisfying(MalformedStoragePathException.class, e -> {
                    assertThat(e.getMessage()).contains(says);
                    assertThat(e.remedy()).isNotBlank();
                });
    }

    @Test
    void aMappedDriveIsRefusedForAClusterWithTheReasonAndTheUncForm() {
        PathProblem problem = StoragePathRules.problemWith("P:\\packages", PathUse.CLUSTER).orElseThrow();
        assertThat(problem.blocking()).isTrue();
        assertThat(problem.message()).contains("service account does not see it");
        assertThat(problem.remedy()).contains("\\\\fileserver\\share").contains("net use P:");
    }

    @Test
    void aLocalPathIsAcceptedWithAWarningOnlyForOneServer() {
        PathProblem drive = StoragePathRules.problemWith("D:\\ProGet\\Packages", PathUse.SINGLE_HOST).orElseThrow();
        assertThat(drive.blocking()).isFalse();
        assertThat(drive.message()).contains("not shared storage");
        PathProblem linux = StoragePathRules.problemWith("/srv/packages", PathUse.CLUSTER).orElseThrow();
        assertThat(linux.blocking()).isFalse();
        assertThat(linux.remedy()).contains("/var/proget/packages");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\\\localhost\\share", "\\\\127.0.0.1\\share", "\\\\::1\\share"})
    void aLoopbackServerBlocksForAClusterOnly(String text) {
        assertThat(StoragePathRules.problemWith(text, PathUse.CLUSTER)).hasValueSatisfying(
                problem -> assertThat(problem.message()).contains("every node reads as itself"));
        assertThat(StoragePathRules.problemWith(text, PathUse.SINGLE_HOST)).isEmpty();
    }

    @Test
    void aGoodUncPathHasNoProblem() {
        for (String text : List.of("\\\\files\\packages", "\\\\?\\UNC\\10.1.2.3\\proget$\\packages")) {
            assertThat(StoragePathRules.problemWith(text, PathUse.CLUSTER)).as(text).isEmpty();
        }
    }
}
