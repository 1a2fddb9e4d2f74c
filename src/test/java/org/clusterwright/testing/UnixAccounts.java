package org.clusterwright.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Creates the Unix accounts that tdbsam users need: no home, no shell, so they can do nothing but be mapped. */
final class UnixAccounts {
    private UnixAccounts() {
    }

    static synchronized void ensure(String user) throws IOException, InterruptedException {
        if (exists(user)) {
            return;
        }
        Result added = run("useradd", "-M", "-N", "-s", "/usr/sbin/nologin", "-c", "Clusterwright tests", user);
        // another test JVM may have created it at the same moment; only a still-missing account is a failure
        if (added.code() != 0 && !exists(user)) {
            throw new IOException("could not create the Unix account '" + user + "' for the Samba test user: "
                    + added.output());
        }
    }

    private static boolean exists(String user) throws IOException, InterruptedException {
        return run("id", "-u", user).code() == 0;
    }

    private static Result run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish within 30 s");
        }
        return new Result(process.exitValue(), output.strip());
    }

    private record Result(int code, String output) {
    }
}
