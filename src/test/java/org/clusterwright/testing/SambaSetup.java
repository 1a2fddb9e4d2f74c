package org.clusterwright.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The files of one private smbd: its smb.conf, its state folders and its tdbsam password database, all under one
 * folder so nothing touches the machine's own Samba setup (/etc/samba, /var/lib/samba, /run/samba).
 */
record SambaSetup(Path stateFolder, Path configFile, Map<String, String> users) {
    private static final List<String> FOLDERS = List.of("private", "lock", "state", "cache", "pid", "ncalrpc", "log");

    static SambaSetup prepare(Path folder, int port, List<SambaShare> shares, Map<String, String> users,
                              Map<String, String> globals) throws IOException, InterruptedException {
        for (String name : FOLDERS) {
            Files.createDirectories(folder.resolve(name));
        }
        Path config = folder.resolve("smb.conf");
        Files.writeString(config, configText(folder, port, shares, globals), StandardCharsets.UTF_8);
        // insertion order matters: the first user is the server's default user
        SambaSetup setup = new SambaSetup(folder, config, new java.util.LinkedHashMap<>(users));
        for (Map.Entry<String, String> user : users.entrySet()) {
            UnixAccounts.ensure(user.getKey());
            setup.setPassword(user.getKey(), user.getValue());
        }
        return setup;
    }

    Path pidFolder() {
        return stateFolder.resolve("pid");
    }

    String log() {
        return SambaServer.read(stateFolder.resolve("smbd.out")) + SambaServer.read(stateFolder.resolve("log/smbd.log"));
    }

    private void setPassword(String user, String password) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(SambaRequirements.smbpasswd().toString(), "-c", configFile.toString(),
                "-a", "-s", user).redirectErrorStream(true).start();
        // -s reads the new password twice from standard input, so it never appears on a command line
        try (OutputStream in = process.getOutputStream()) {
            in.write((password + "\n" + password + "\n").getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException("smbpasswd could not add user '" + user + "': " + output);
        }
    }

    private static String configText(Path folder, int port, List<SambaShare> shares, Map<String, String> globals) {
        StringBuilder text = new StringBuilder("[global]\n");
        Map<String, String> options = new java.util.LinkedHashMap<>();
        options.put("server role", "standalone server");
        options.put("smb ports", String.valueOf(port));
        options.put("interfaces", "lo");
        options.put("bind interfaces only", "yes");
        options.put("private dir", folder.resolve("private").toString());
        options.put("lock directory", folder.resolve("lock").toString());
        options.put("state directory", folder.resolve("state").toString());
        options.put("cache directory", folder.resolve("cache").toString());
        options.put("pid directory", folder.resolve("pid").toString());
        options.put("ncalrpc dir", folder.resolve("ncalrpc").toString());
        // a domain controller on this machine (the Kerberos tests start one) publishes its winbindd in the default
        // socket folder; an smbd that finds it there asks it about this server's own users and refuses their logons
        options.put("winbindd socket directory", folder.resolve("winbindd").toString());
        options.put("binddns dir", folder.resolve("private").toString());
        options.put("smb passwd file", folder.resolve("private/smbpasswd").toString());
        options.put("passdb backend", "tdbsam:" + folder.resolve("private/passdb.tdb"));
        options.put("usershare path", "");
        options.put("log file", folder.resolve("log/smbd.log").toString());
        options.put("log level", "1");
        options.put("load printers", "no");
        options.put("printing", "bsd");
        options.put("printcap name", "/dev/null");
        options.put("disable spoolss", "yes");
        options.put("map to guest", "never");
        options.putAll(globals);
        options.forEach((key, value) -> text.append("  ").append(key).append(" = ").append(value).append('\n'));
        shares.forEach(share -> text.append(share.configSection()));
        return text.toString();
    }
}
