package org.clusterwright.storage;

import org.clusterwright.testing.SambaServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipelined large write and read against a real Samba: the file holds exactly the chunk repeated (SHA-256 of
 * what was read back against what was meant), and reading counts every byte, whatever the sizes' alignment.
 */
class StoragePipelinedTransferSambaTest {
    @TempDir
    static Path work;
    static SambaServer server;

    @BeforeAll
    static void startSamba() throws Exception {
        server = SambaServer.builder(work).share("packages", Files.createDirectories(work.resolve("packages"))).start();
    }

    @AfterAll
    static void stopSamba() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest(name = "{0} bytes from a {1}-byte chunk, read with a {2}-byte buffer")
    @CsvSource({"1, 1, 1", "3, 1048576, 2", "524289, 524288, 1048576", "1048576, 1048576, 1048576",
            "5242887, 1048576, 4194304", "5242887, 300007, 1048576", "2003, 300007, 7",
            "9437184, 4194304, 4194304"})
    void writesTheChunkRepeatedAndReadsEveryByte(long total, int chunkBytes, int bufferBytes) throws Exception {
        StorageTarget target = StorageProbeSambaTest.target(server, "\\\\127.0.0.1\\packages", server.password());
        byte[] chunk = new byte[chunkBytes];
        new Random(total).nextBytes(chunk);
        String name = ProbeFiles.newName("pipelined");
        try (ProbeFolder folder = target.open(Duration.ofSeconds(15))) {
            try {
                folder.createLarge(name, chunk, total);

                assertThat(StorageWriteCheck.sha256(folder.read(name))).isEqualTo(StorageWriteCheck.sha256(repeated(chunk, total)));
                assertThat(folder.readThrough(name, new byte[bufferBytes])).isEqualTo(total);
            } finally {
                assertThat(ProbeFiles.cleanUp(folder, List.of(name))).isEmpty();
            }
        }
    }

    private static byte[] repeated(byte[] chunk, long total) {
        byte[] all = new byte[(int) total];
        for (int offset = 0; offset < all.length; offset += chunk.length) {
            System.arraycopy(chunk, 0, all, offset, Math.min(chunk.length, all.length - offset));
        }
        return all;
    }
}
