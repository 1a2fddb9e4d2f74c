package org.clusterwright.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The fixture itself: it serves what it is given, with the user it is given, and leaves nothing running. */
class SambaServerTest {
    @TempDir
    Path dir;

    @Test
    void servesAnAdminShareAndStopsEveryProcessIncludingHelpers() throws Exception {
        Path c = Files.createDirectories(dir.resolve("c"));
        Files.writeString(c.resolve("hello.txt"), "hello", StandardCharsets.UTF_8);
        SambaServer server = SambaServer.builder(dir).share("C$", c).start();
        try {
            // smbclient -L makes smbd start samba-dcerpcd helpers, which must be stopped too
            Smbclient listing = smbclient(server, "-L", server.host());
            assertThat(listing.output()).as(listing.output()).contains("C$");
            Smbclient get = smbclient(server, "//" + server.host() + "/C$", "-c", "ls");
            assertThat(get.code()).as(get.output()).isZero();
            assertThat(get.output()).contains("hello.txt");
            assertThat(server.processesLeft()).isNotEmpty();
        } finally {
            server.close();
        }
        assertThat(server.processesLeft()).isEmpty();
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        Path c = Files.createDirectories(dir.resolve("c"));
        try (SambaServer server = SambaServer.builder(dir).share("C$", c).start()) {
            Process process = new ProcessBuilder("smbclient", "-p", String.valueOf(server.port()),
                    "-U", server.user() + "%not-the-password", "//" + server.host() + "/C$", "-c", "ls")
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(30, TimeUnit.SECONDS);
            assertThat(output).contains("NT_STATUS_LOGON_FAILURE");
        }
    }

    private record Smbclient(int code, String output) {
    }

    private static Smbclient smbclient(SambaServer server, String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("smbclient", "-p",
                String.valueOf(server.port()), "-U", server.user() + "%" + server.password()));
        command.addAll(java.util.List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(30, TimeUnit.SECONDS);
        return new Smbclient(process.exitValue(), output);
    }
}
