package org.clusterwright.support;

import org.clusterwright.profile.SecretRef;
import org.clusterwright.secrets.InMemorySecretStore;
import org.clusterwright.secrets.Secret;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log file as the program writes it, through the real java.util.logging and slf4j (slf4j-jdk14), with its
 * handler on the root logger as {@link ProgramLogging} puts it there.
 */
class LogFileTest {
    /** A password with the characters that change when a URL, a JSON string or XML carries it. */
    private static final String PASSWORD = "Pa&ss\"word-7 <x>";

    @TempDir
    Path folder;
    private LogFile log;

    @BeforeEach
    void addTheLogToTheRootLogger() throws IOException {
        log = LogFile.open(folder.resolve("logs"));
        Logger.getLogger("").addHandler(log);
    }

    @AfterEach
    void removeIt() {
        Logger.getLogger("").removeHandler(log);
        log.close();
    }

    @Test
    void aSecretPutInAStoreIsMaskedWhicheverLibraryLogsIt() throws IOException {
        new InMemorySecretStore().put("profile-1", SecretRef.DATABASE_PASSWORD, Secret.of(PASSWORD));

        Logger.getLogger("com.microsoft.sqlserver.jdbc.Connection").warning("connecting with password=" + PASSWORD);
        LoggerFactory.getLogger("com.hierynomus.smbj.SMBClient").info("authenticating with {}", PASSWORD);
        Logger.getLogger("org.postgresql.Driver").info("jdbc:postgresql://db/x?password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8));
        Logger.getLogger("io.zonky.test").info("{\"password\":\"" + PASSWORD.replace("\"", "\\\"") + "\"}");
        Logger.getLogger("org.clusterwright.test").log(Level.SEVERE, "a driver failed",
                new IllegalStateException("wrapped", new SQLException("login failed for " + PASSWORD)));

        String text = Files.readString(log.file(), StandardCharsets.UTF_8);
        assertThat(text).contains("WARNING", "com.microsoft.sqlserver.jdbc.Connection", "com.hierynomus.smbj.SMBClient",
                        "org.postgresql.Driver", "io.zonky.test", "java.sql.SQLException: login failed for",
                        "Caused by:", "[secret masked]")
                .contains("[" + ProcessHandle.current().pid() + "]")
                .doesNotContain(PASSWORD).doesNotContain(URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8))
                .doesNotContain(PASSWORD.replace("\"", "\\\"")).doesNotContain("Pa&ss");
    }

    @Test
    void aFullLogIsRotatedAndTheOldestDropped() throws IOException {
        Logger.getLogger("").removeHandler(log);
        log.close();
        log = LogFile.open(folder.resolve("small"), 2_000);
        Logger.getLogger("").addHandler(log);
        Logger logger = Logger.getLogger("org.clusterwright.test.rotation");
        for (int i = 0; i < 400; i++) {
            logger.info("line " + i + " " + "x".repeat(40));
        }

        assertThat(LogFile.filesIn(folder.resolve("small"))).extracting(p -> p.getFileName().toString())
                .containsExactly("clusterwright.log", "clusterwright.1.log", "clusterwright.2.log",
                        "clusterwright.3.log", "clusterwright.4.log");
        try (var files = Files.list(folder.resolve("small"))) {
            assertThat(files).hasSize(LogFile.KEPT + 1);
        }
        for (Path file : LogFile.filesIn(folder.resolve("small"))) {
            assertThat(Files.size(file)).isLessThan(2_000 + 200);
        }
        assertThat(Files.readString(log.file())).contains("line 399");
        assertThat(Files.readString(folder.resolve("small/clusterwright.1.log"))).doesNotContain("line 399");
    }

    @Test
    void theFolderAndTheFileAreTheUsersOnly() throws IOException {
        Logger.getLogger("org.clusterwright.test").info("hello");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("logs"))))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log.file()))).isEqualTo("rw-------");
    }

    @Test
    void theLogFolderIsTheOnesEachOsKeepsLogsInUnlessTheVariableNamesAnother() {
        Path home = Path.of("/home/ada");
        assertThat(LogFolder.of(name -> null, "Linux", home)).isEqualTo(Path.of("/home/ada/.local/state/clusterwright/logs"));
        assertThat(LogFolder.of(name -> name.equals("XDG_STATE_HOME") ? "/var/state" : null, "Linux", home))
                .isEqualTo(Path.of("/var/state/clusterwright/logs"));
        assertThat(LogFolder.of(name -> name.equals("XDG_STATE_HOME") ? "relative" : null, "Linux", home))
                .as("the XDG spec says a relative value is to be ignored")
                .isEqualTo(Path.of("/home/ada/.local/state/clusterwright/logs"));
        assertThat(LogFolder.of(name -> null, "Mac OS X", home)).isEqualTo(Path.of("/home/ada/Library/Logs/Clusterwright"));
        assertThat(LogFolder.of(name -> name.equals("LOCALAPPDATA") ? "/c/Users/ada/AppData/Local" : null,
                "Windows 11", home)).isEqualTo(Path.of("/c/Users/ada/AppData/Local/Clusterwright/logs"));
        assertThat(LogFolder.of(name -> name.equals(LogFolder.VARIABLE) ? "/tmp/cw-logs" : null, "Linux", home))
                .isEqualTo(Path.of("/tmp/cw-logs"));
    }
}
