package org.clusterwright.remote;

import org.clusterwright.remote.FolderAccessException.Kind;
import org.clusterwright.secrets.Secret;
import org.clusterwright.testing.SambaServer;
import org.clusterwright.testing.SambaShare;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * One folder reached two ways, as a share of a real smbd and on this disk: the same operations behave alike and the
 * same failure is the same kind, so a caller words it once for both.
 */
class RemoteFolderVocabularyTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    static Path dir;
    static Path data;
    static SambaServer server;

    @BeforeAll
    static void startServer() throws Exception {
        data = Files.createDirectories(dir.resolve("data/feeds"));
        server = SambaServer.builder(dir)
                .share("data", data.getParent())
                .share(SambaShare.of("ro", data.getParent()).asReadOnly())
                .start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void bothWaysCreateListReplaceRenameAndDeleteTheSameFiles() throws Exception {
        try (Smb smb = smb("data", server.password()); Local local = new Local(data)) {
            smb.create("a.tmp", bytes("over smb"));
            local.create("b.tmp", bytes("on disk"));
            assertThat(smb.list()).containsExactly("a.tmp", "b.tmp");
            assertThat(local.list()).containsExactly("a.tmp", "b.tmp");

            smb.replace("b.tmp", "a.tmp");
            assertThat(new String(local.read("a.tmp"), StandardCharsets.UTF_8)).isEqualTo("on disk");
            local.rename("a.tmp", "c.tmp");
            assertThat(smb.exists("c.tmp")).isTrue();
            assertThat(smb.exists("a.tmp")).isFalse();
            smb.delete("c.tmp");
            assertThat(local.list()).isEmpty();
            assertThat(smb.describe("x")).isEqualTo("\\\\127.0.0.1:" + server.port() + "\\data\\feeds\\x");
            assertThat(local.describe("")).isEqualTo(data.toAbsolutePath().toString());
        }
    }

    @Test
    void aMissingFileIsNotFoundEitherWayWithTheSmbStatusOnlyOverSmb() throws Exception {
        try (Smb smb = smb("data", server.password()); Local local = new Local(data)) {
            FolderAccessException overSmb = catchThrowableOfType(FolderAccessException.class,
                    () -> smb.read("missing.tmp"));
            FolderAccessException onDisk = catchThrowableOfType(FolderAccessException.class,
                    () -> local.read("missing.tmp"));

            assertThat(overSmb.kind()).isEqualTo(Kind.NOT_FOUND);
            assertThat(overSmb.statusNote()).isEqualTo(" (STATUS_OBJECT_NAME_NOT_FOUND)");
            assertThat(overSmb.where()).endsWith("\\data\\feeds\\missing.tmp");
            assertThat(onDisk.kind()).isEqualTo(Kind.NOT_FOUND);
            assertThat(onDisk.statusNote()).isEmpty();
            assertThat(onDisk.where()).isEqualTo(data.resolve("missing.tmp").toAbsolutePath().toString());
        }
    }

    @Test
    void creatingAFileThatExistsIsRefusedEitherWayAndLeavesItAsItWas() throws Exception {
        Files.write(data.resolve("kept.tmp"), bytes("original"));
        try (Smb smb = smb("data", server.password()); Local local = new Local(data)) {
            assertThat(catchThrowableOfType(FolderAccessException.class, () -> smb.create("kept.tmp", bytes("new")))
                    .kind()).isEqualTo(Kind.ALREADY_EXISTS);
            assertThat(catchThrowableOfType(FolderAccessException.class, () -> local.create("kept.tmp", bytes("new")))
                    .kind()).isEqualTo(Kind.ALREADY_EXISTS);
            assertThat(Files.readString(data.resolve("kept.tmp"))).isEqualTo("original");
        } finally {
            Files.delete(data.resolve("kept.tmp"));
        }
    }

    @Test
    void aReadOnlyShareIsAccessDeniedForTheAccountThatLoggedOn() throws Exception {
        try (Smb readOnly = smb("ro", server.password())) {
            FolderAccessException denied = catchThrowableOfType(FolderAccessException.class,
                    () -> readOnly.create("x.tmp", bytes("x")));

            assertThat(denied.kind()).isEqualTo(Kind.ACCESS_DENIED);
            assertThat(denied.user()).isEqualTo(server.user());
            assertThat(denied.isLocal()).isFalse();
        }
        assertThat(data.resolve("x.tmp")).doesNotExist();
    }

    @Test
    void reachingTheServerAndLoggingOnFailWithWordsOfTheirOwnAndNoPassword() throws Exception {
        String wrong = "Wrong-" + System.nanoTime();
        FolderAccessException rejected = catchThrowableOfType(FolderAccessException.class, () -> smb("data", wrong));
        assertThat(rejected.kind()).isEqualTo(Kind.LOGON_FAILURE);
        assertThat(rejected.getMessage()).contains("'" + server.user() + "'").contains("STATUS_LOGON_FAILURE")
                .doesNotContain(wrong);
        assertThat(rejected.remedy()).contains("password");

        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        ShareAddress nobody = new ShareAddress("127.0.0.1", closed, "data", "");
        FolderAccessException refused = catchThrowableOfType(FolderAccessException.class,
                () -> SmbSession.open(nobody, Credentials.of("u", Secret.of("p")), TIMEOUT));
        assertThat(refused.kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(refused.getMessage())
                .isEqualTo("127.0.0.1:" + closed + " refused or did not route the SMB connection.");
        assertThat(refused.remedy()).contains("TCP port " + closed);
    }

    @Test
    void aFailureBeforeTheShareOpenedCanBeToldAboutTheFileItWasOpenedFor() {
        FolderAccessException missing = catchThrowableOfType(FolderAccessException.class,
                () -> smb("nosuch", server.password()));

        assertThat(missing.kind()).isEqualTo(Kind.NO_SUCH_SHARE);
        assertThat(missing.where()).endsWith("\\nosuch\\feeds");
        assertThat(missing.about("ProGet.config").where()).endsWith("\\nosuch\\feeds\\ProGet.config");
        assertThat(missing.about("ProGet.config").kind()).isEqualTo(Kind.NO_SUCH_SHARE);
    }

    private static Smb smb(String share, String password) throws FolderAccessException {
        ShareAddress address = new ShareAddress(server.host(), server.port(), share, "feeds");
        return new Smb(SmbSession.open(address, Credentials.of(server.user(), Secret.of(password)), TIMEOUT));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The folders as a caller that keeps the shared vocabulary as it is. */
    private static final class Smb extends SmbFolder<FolderAccessException> {
        Smb(SmbSession session) {
            super(session, true, failure -> failure);
        }
    }

    private static final class Local extends LocalFolder<FolderAccessException> {
        Local(Path folder) {
            super(folder, failure -> failure);
        }
    }
}
