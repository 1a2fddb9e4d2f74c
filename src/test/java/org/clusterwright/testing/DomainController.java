package org.clusterwright.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Active Directory domain on loopback for the tests: Debian's Samba AD DC provisioned into a folder of its
 * own (about 6 s), running as {@code samba -i} bound to a 127.0.0.x address nobody else uses, with a
 * {@code krb5.conf} that names that KDC and nothing else (no DNS), an administrator, the service account a product
 * runs as, SQL Server's own service account for the SPNs, a disabled account, and a writable share {@value #SHARE}.
 * {@link #close()} stops every process it started and deletes its folder. Call
 * {@link DomainRequirements#assumeAvailable()} first (start does it).
 */
public final class DomainController implements AutoCloseable {
    public static final String REALM = "CW.TEST";
    public static final String NETBIOS_DOMAIN = "CW";
    static final String HOST_NAME = "CWDC";
    /** A share on the DC that domain users may write to, at {@link #shareFolder()}. */
    public static final String SHARE = "cwdata";
    private static final Duration READY_WITHIN = Duration.ofSeconds(30);
    private static final int[] PORTS = {88, 389, 445, 464};

    private final Path folder;
    private final String address;
    private final Process samba;
    private final DomainTool tool;
    private final Map<String, DomainAccount> accounts;

    private DomainController(Path folder, String address, Process samba, Map<String, DomainAccount> accounts) {
        this.folder = folder;
        this.address = address;
        this.samba = samba;
        this.tool = new DomainTool(folder);
        this.accounts = accounts;
    }

    public static DomainController start(Path folder, DomainOptions options) throws IOException, InterruptedException {
        DomainRequirements.assumeAvailable();
        Path faketime = options.clockOffset().isZero() ? null : DomainRequirements.require("faketime", "faketime");
        String address = freeAddress();
        Map<String, DomainAccount> accounts = Map.of(
                "admin", account("cw-admin"), "service", account("svc-proget"),
                "sql", account("sqlsvc"), "disabled", account("svc-disabled"));
        DomainTool.provision(folder, address, accounts.get("admin").password());
        DomainTool tool = new DomainTool(folder);
        for (DomainAccount user : accounts.values()) {
            tool.createUser(user.name(), user.password());
        }
        tool.addToGroup("Domain Admins", "cw-admin");
        tool.disableUser("svc-disabled");
        // the SMB client asks for a ticket to cifs/<the address it dialled>; Windows accepts IP SPNs the same way
        tool.addSpn("cifs/" + address, HOST_NAME + "$");
        // a folder of its own: the DC's folder is private to root, and domain users must be able to reach the share
        Path share = Files.createTempDirectory("cw-domain-share-");
        Files.setPosixFilePermissions(share, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.writeString(folder.resolve("share.path"), share.toString(), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("etc/smb.conf"), "\n[" + SHARE + "]\n\tpath = " + share
                // no NT ACLs from xattrs: the folder's mode (777) lets every domain user write
                + "\n\tread only = no\n\tvfs objects = dfs_samba4\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(folder.resolve("krb5.conf"), krb5Conf(address), StandardCharsets.UTF_8);
        writeGlobals(folder, options);
        Process samba = new ProcessBuilder(command(folder, options, faketime)).redirectErrorStream(true)
                .redirectOutput(folder.resolve("samba.out").toFile()).start();
        DomainController controller = new DomainController(folder, address, samba, accounts);
        try {
            controller.awaitReady();
        } catch (IOException | RuntimeException e) {
            controller.close();
            throw e;
        }
        return controller;
    }

    /**
     * Makes this DC's realm the JVM's Kerberos configuration. Kerberos logins re-read it each time, so a class that
     * uses another DC than the class before it just calls this again.
     */
    public DomainController useForKerberos() {
        System.setProperty("java.security.krb5.conf", krb5Conf().toString());
        return this;
    }

    /** The address the DC listens on: KDC on 88, LDAP on 389, SMB on 445. */
    public String address() {
        return address;
    }

    /** A krb5.conf naming only this KDC, with every DNS look-up off. */
    public Path krb5Conf() {
        return folder.resolve("krb5.conf");
    }

    public DomainAccount administrator() {
        return accounts.get("admin");
    }

    /** The account a product's service runs as; it is in no group beyond Domain Users. */
    public DomainAccount serviceAccount() {
        return accounts.get("service");
    }

    /** SQL Server's own service account: the SPNs of {@link #registerSqlServer} are on it. */
    public DomainAccount sqlServerAccount() {
        return accounts.get("sql");
    }

    /** An account the domain knows but has disabled, which the KDC refuses as it refuses a locked one. */
    public DomainAccount disabledAccount() {
        return accounts.get("disabled");
    }

    public Path shareFolder() {
        try {
            return Path.of(Files.readString(folder.resolve("share.path"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Registers {@code MSSQLSvc/host:port} on SQL Server's account, as setspn -S does for a real instance. */
    public String registerSqlServer(String host, int port) throws IOException, InterruptedException {
        String spn = "MSSQLSvc/" + host + ":" + port;
        tool.addSpn(spn, sqlServerAccount().name());
        return spn;
    }

    /**
     * Takes the DC's own {@code cifs/ADDRESS} SPN away while {@code action} runs, as a file server reached by a name
     * nobody registered; puts it back afterwards.
     */
    public void withoutSmbSpn(ThrowingRunnable action) throws Exception {
        tool.removeSpn("cifs/" + address, HOST_NAME + "$");
        try {
            action.run();
        } finally {
            tool.addSpn("cifs/" + address, HOST_NAME + "$");
        }
    }

    /** What {@link #withoutSmbSpn} runs. */
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** A keytab with the keys of {@code account}, as {@code ktpass} or {@code samba-tool} would export it. */
    public Path exportKeytab(DomainAccount account) throws IOException, InterruptedException {
        Path keytab = folder.resolve(account.name() + ".keytab");
        Files.deleteIfExists(keytab);
        tool.exportKeytab(keytab, account.principal());
        return keytab;
    }

    /** Samba's own output and the logs of its services, for a failing test's message. */
    public String log() {
        StringBuilder text = new StringBuilder(SambaServer.read(folder.resolve("samba.out")));
        try (var logs = Files.list(folder.resolve("log"))) {
            logs.forEach(file -> text.append("\n== ").append(file.getFileName()).append('\n')
                    .append(SambaServer.read(file)));
        } catch (IOException e) {
            text.append("(no log folder)");
        }
        return text.toString();
    }

    /** Processes of this DC still running; empty once it is closed. */
    public List<ProcessHandle> processesLeft() {
        return ours().stream().filter(ProcessEnds::running).toList();
    }

    @Override
    public void close() {
        List<ProcessHandle> ours = ours();
        ours.forEach(ProcessHandle::destroy); // SIGTERM: samba tells its services to end
        ours.forEach(handle -> ProcessEnds.awaitEnd(handle, 10));
        ours.stream().filter(ProcessEnds::running).forEach(ProcessHandle::destroyForcibly);
        ours.forEach(handle -> ProcessEnds.awaitEnd(handle, 5));
        try {
            samba.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (Files.exists(folder.resolve("share.path"))) {
            TempFolders.delete(shareFolder());
        }
        TempFolders.delete(folder);
    }

    private List<ProcessHandle> ours() {
        List<ProcessHandle> found = new ArrayList<>();
        found.add(samba.toHandle());
        samba.descendants().forEach(found::add);
        // helpers that detach (samba-dcerpcd) still carry this DC's config path on their command line
        String config = folder.resolve("etc/smb.conf").toString();
        ProcessHandle.allProcesses().filter(handle -> handle.info().commandLine().map(line -> line.contains(config))
                .orElse(false)).filter(handle -> !found.contains(handle)).forEach(found::add);
        return found;
    }

    private void awaitReady() throws IOException, InterruptedException {
        long until = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < until) {
            if (samba.waitFor(100, TimeUnit.MILLISECONDS)) {
                throw new IOException("samba exited with code " + samba.exitValue() + " while starting:\n" + log());
            }
            if (listening(88) && listening(445) && listening(389) && winbindAnswers()) {
                return;
            }
        }
        throw new IOException("samba did not listen on " + address + " within " + READY_WITHIN.toSeconds() + " s:\n"
                + log());
    }

    /**
     * smbd maps every user it logs in through winbindd, which starts after the ports are open; a session set up
     * before it answers fails with STATUS_INTERNAL_ERROR. Its socket is in the DC's own /run/samba, so wbinfo asks
     * from inside the DC's mount namespace.
     */
    private boolean winbindAnswers() throws IOException, InterruptedException {
        Process ping = new ProcessBuilder("nsenter", "-t", String.valueOf(samba.pid()), "-m", "wbinfo", "-p")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!ping.waitFor(5, TimeUnit.SECONDS)) {
            ping.destroyForcibly();
            return false;
        }
        return ping.exitValue() == 0;
    }

    private boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 200);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    /**
     * samba in a mount namespace of its own with an empty /run/samba: its winbindd and RPC sockets live there, where
     * no other Samba on the machine (another test's smbd, another DC) finds them or puts its own. smbd finds
     * winbindd only at that built-in path, so the sockets cannot simply be configured elsewhere.
     */
    private static List<String> command(Path folder, DomainOptions options, Path faketime) {
        List<String> command = new ArrayList<>(List.of("unshare", "--mount", "--propagation", "private", "sh", "-c",
                "mkdir -p /run/samba && mount -t tmpfs cw-domain /run/samba && exec \"$0\" \"$@\""));
        if (faketime != null) {
            command.addAll(List.of(faketime.toString(), "-f", "+" + options.clockOffset().toSeconds() + "s"));
        }
        command.addAll(List.of("samba", "-i", "-M", "single", "-s", folder.resolve("etc/smb.conf").toString()));
        return command;
    }

    /**
     * Options go into smb.conf's [global] section, after provision's own lines (the last one wins): samba starts
     * smbd and winbindd as processes of their own that read smb.conf, not samba's command line.
     */
    private static void writeGlobals(Path folder, DomainOptions options) throws IOException {
        Map<String, String> globals = new java.util.LinkedHashMap<>();
        // only what the tests use: no DNS, replication, NTP signing or NetBIOS on the machine's behalf
        globals.put("server services", "s3fs rpc ldap kdc winbindd");
        globals.put("pid directory", folder.resolve("pid").toString());
        globals.put("log file", folder.resolve("log") + "/%m.log");
        // a service ticket for a user account's SPN is RC4 unless told otherwise, and Java 17 refuses RC4
        globals.put("kdc default domain supported enctypes", "aes256-cts-hmac-sha1-96 aes128-cts-hmac-sha1-96");
        globals.putAll(options.options());
        for (String sub : List.of("pid", "log")) {
            Files.createDirectories(folder.resolve(sub));
        }
        Path config = folder.resolve("etc/smb.conf");
        List<String> lines = new ArrayList<>(Files.readAllLines(config, StandardCharsets.UTF_8));
        int endOfGlobal = lines.indexOf("[global]") + 1;
        while (endOfGlobal < lines.size() && !lines.get(endOfGlobal).strip().startsWith("[")) {
            endOfGlobal++;
        }
        List<String> added = new ArrayList<>();
        globals.forEach((name, value) -> added.add("\t" + name + " = " + value));
        lines.addAll(endOfGlobal, added);
        Files.write(config, lines, StandardCharsets.UTF_8);
    }

    static String krb5Conf(String address) {
        return "[libdefaults]\n"
                + "  default_realm = " + REALM + "\n"
                + "  dns_lookup_kdc = false\n"
                + "  dns_lookup_realm = false\n"
                + "  dns_canonicalize_hostname = false\n"
                + "  rdns = false\n"
                + "[realms]\n"
                + "  " + REALM + " = {\n"
                + "    kdc = " + address + "\n"
                + "    admin_server = " + address + "\n"
                + "  }\n"
                + "[domain_realm]\n"
                + "  ." + REALM.toLowerCase(java.util.Locale.ROOT) + " = " + REALM + "\n";
    }

    /** A 127.0.0.x on which no KDC, LDAP or SMB server listens yet; the start probes from a random place. */
    private static String freeAddress() throws IOException {
        int first = 50 + new SecureRandom().nextInt(150);
        for (int i = 0; i < 150; i++) {
            String candidate = "127.0.0." + (50 + (first - 50 + i) % 150);
            if (free(candidate)) {
                return candidate;
            }
        }
        throw new IOException("no free 127.0.0.x address for a test domain controller between .50 and .199");
    }

    private static boolean free(String address) {
        for (int port : PORTS) {
            try (ServerSocket probe = new ServerSocket()) {
                probe.bind(new InetSocketAddress(InetAddress.getByName(address), port));
            } catch (IOException taken) {
                return false;
            }
        }
        return true;
    }

    private static DomainAccount account(String name) {
        byte[] random = new byte[9];
        new SecureRandom().nextBytes(random);
        // meets AD's default complexity rule: upper, lower, digit and symbol
        return new DomainAccount(name, "Cw-" + HexFormat.of().formatHex(random) + "-X9", NETBIOS_DOMAIN, REALM);
    }
}
