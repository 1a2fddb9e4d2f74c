package org.clusterwright.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test domain itself: MIT Kerberos' own kinit gets a ticket for the service account from the DC through the
 * fixture's krb5.conf alone, refuses a disabled account, the exported keytab holds AES keys, and closing the DC
 * leaves no process, no listening port and no folder behind.
 */
class DomainControllerTest {
    @TempDir
    Path work;

    @Test
    void provisionsLogsInExportsKeysAndLeavesNothingBehind() throws Exception {
        Path folder = work.resolve("dc");
        String address;
        try (DomainController dc = DomainController.start(folder, DomainOptions.plain())) {
            address = dc.address();
            assertThat(address).startsWith("127.0.0.");
            assertThat(Files.readString(dc.krb5Conf())).contains("kdc = " + address).contains("dns_lookup_kdc = false");

            Result granted = kinit(dc, dc.serviceAccount().principal(), dc.serviceAccount().password());
            assertThat(granted.code()).as(granted.output() + dc.log()).isZero();
            Result disabled = kinit(dc, dc.disabledAccount().principal(), dc.disabledAccount().password());
            assertThat(disabled.code()).isNotZero();
            assertThat(disabled.output()).containsIgnoringCase("revoked");
            Result wrong = kinit(dc, dc.serviceAccount().principal(), "Not-The-Password-1");
            assertThat(wrong.code()).isNotZero();

            String spn = dc.registerSqlServer("127.0.0.9", 14330);
            Path keytab = dc.exportKeytab(dc.sqlServerAccount());
            Result keys = run(dc, null, "klist", "-k", "-e", keytab.toString());
            assertThat(keys.output()).contains(dc.sqlServerAccount().principal()).contains("aes256-cts");
            assertThat(spn).isEqualTo("MSSQLSvc/127.0.0.9:14330");
            assertThat(dc.processesLeft()).isNotEmpty();
        }
        assertThat(Files.exists(folder)).isFalse();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, 88), 500);
            throw new AssertionError("something still listens on " + address + ":88");
        } catch (IOException expected) {
            // nothing listens any more
        }
    }

    private static Result kinit(DomainController dc, String principal, String password) throws Exception {
        return run(dc, password + "\n", "kinit", principal);
    }

    private static Result run(DomainController dc, String input, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("KRB5_CONFIG", dc.krb5Conf().toString());
        builder.environment().put("KRB5CCNAME", "FILE:" + dc.krb5Conf().resolveSibling("test-ccache"));
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            if (input != null) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(30, TimeUnit.SECONDS);
        return new Result(process.exitValue(), output);
    }

    private record Result(int code, String output) {
    }
}
