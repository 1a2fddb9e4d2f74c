package org.clusterwright.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** samba-tool against one test domain's own smb.conf and database, never the machine's. */
final class DomainTool {
    private static final int SECONDS = 120;

    private final Path config;
    private final Path samDatabase;

    DomainTool(Path folder) {
        this.config = folder.resolve("etc/smb.conf");
        this.samDatabase = folder.resolve("private/sam.ldb");
    }

    static String provision(Path folder, String address, String adminPassword)
            throws IOException, InterruptedException {
        return run(List.of("samba-tool", "domain", "provision", "--realm=" + DomainController.REALM,
                "--domain=" + DomainController.NETBIOS_DOMAIN, "--host-name=" + DomainController.HOST_NAME,
                "--server-role=dc", "--dns-backend=NONE", "--adminpass=" + adminPassword,
                "--host-ip=" + address, "--option=interfaces=" + address + "/8", "--option=bind interfaces only=yes",
                "--targetdir=" + folder));
    }

    void createUser(String name, String password) throws IOException, InterruptedException {
        database("user", "create", name, password);
        // the tests' passwords must not expire half-way through a long run
        database("user", "setexpiry", "--noexpiry", name);
    }

    void disableUser(String name) throws IOException, InterruptedException {
        database("user", "disable", name);
    }

    void addToGroup(String group, String member) throws IOException, InterruptedException {
        database("group", "addmembers", group, member);
    }

    void addSpn(String spn, String account) throws IOException, InterruptedException {
        database("spn", "add", spn, account);
    }

    void removeSpn(String spn, String account) throws IOException, InterruptedException {
        database("spn", "delete", spn, account);
    }

    void exportKeytab(Path keytab, String principal) throws IOException, InterruptedException {
        run(List.of("samba-tool", "domain", "exportkeytab", keytab.toString(), "--principal=" + principal,
                "-s", config.toString()));
    }

    private void database(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("samba-tool"));
        command.addAll(List.of(args));
        command.addAll(List.of("-H", samDatabase.toString(), "-s", config.toString()));
        run(command);
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            // the command line may hold a password: name only the sub-command
            throw new IOException("samba-tool " + command.get(1) + " " + command.get(2) + " failed: " + output);
        }
        return output;
    }
}
