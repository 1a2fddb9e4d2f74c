package org.clusterwright.cli;

import org.clusterwright.check.ExitCodes;
import org.clusterwright.lab.Lab;
import org.clusterwright.lab.LabFolder;
import org.clusterwright.lab.LabNode;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.secrets.InMemorySecretStore;
import org.clusterwright.secrets.Secret;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "start", mixinStandardHelpOptions = true,
        description = {"Starts the demo lab, prints its profile's path, and runs until Ctrl+C or 'clusterwright lab"
                + " stop'.",
                "The lab's database password and API key go into an owner-only secrets file in the lab folder, for"
                        + " the other commands' --secrets-file; the profile holds none."})
final class LabStartCommand implements Callable<Integer> {
    /** In the lab folder; every command reads it with --secrets-file. */
    static final String SECRETS_FILE = "lab-secrets";

    @Spec
    CommandSpec spec;

    @Mixin
    LabFolderOption folderOption;

    @Override
    public Integer call() throws InterruptedException {
        LabFolder folder = folderOption.folder();
        PrintWriter out = spec.commandLine().getOut();
        InMemorySecretStore secrets = new InMemorySecretStore();
        Lab lab;
        Path secretsFile = folder.root().resolve(SECRETS_FILE);
        try {
            lab = Lab.start(folder.root(), secrets);
            Map<SecretRef, Secret> given = new LinkedHashMap<>();
            Lab.SECRETS.forEach(ref -> secrets.get(lab.profile().getId(), ref).ifPresent(s -> given.put(ref, s)));
            SecretsFile.write(secretsFile, given);
        } catch (IOException | RuntimeException e) {
            spec.commandLine().getErr().println("clusterwright: the lab did not start: " + e.getMessage());
            return ExitCodes.FAILURES;
        }
        describe(lab, secretsFile, out);
        lab.awaitStopped();
        out.println("The lab has stopped; nothing of it is left running.");
        return ExitCodes.ALL_PASSED;
    }

    private void describe(Lab lab, Path secretsFile, PrintWriter out) {
        String folderArgument = folderOption.folder == null ? "" : " --folder " + lab.folder().root();
        out.println("Profile: " + lab.profileFile());
        out.println();
        out.println("The demo lab is running: PostgreSQL " + lab.databaseVersion() + " on 127.0.0.1:" + lab.databasePort()
                + " standing in for InedoDB, and three ProGet 2025 nodes:");
        for (LabNode node : lab.nodes()) {
            out.printf("  %-9s %-28s %s%s%n", node.name(), node.baseUrl(), node.configFile(),
                    node.name().equals(Lab.ODD_KEY_NODE) ? "  (a key of its own)" : "");
        }
        out.println("Load balancer: " + lab.balancerUrl() + "   (round robin, naming the serving node in X-Served-By)");
        out.println("Shared storage: " + lab.profile().getStorage().getPath());
        out.println("Secrets (owner-only, for --secrets-file): " + secretsFile);
        out.println();
        out.println("Try:      clusterwright check --profile " + lab.profileFile() + " --secrets-file " + secretsFile);
        out.println("Restart:  clusterwright lab restart NODE" + folderArgument + "   (after editing its ProGet.config)");
        out.println("Stop:     Ctrl+C here, or clusterwright lab stop" + folderArgument);
        out.flush();
    }
}
