package org.clusterwright.cli;

import org.clusterwright.check.ExitCodes;
import org.clusterwright.lab.Lab;
import org.clusterwright.lab.LabFolder;
import org.clusterwright.lab.LabNode;
import org.clusterwright.lab.LabOptions;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.VersionLine;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.secrets.InMemorySecretStore;
import org.clusterwright.secrets.Secret;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "start", mixinStandardHelpOptions = true,
        description = {"Starts the demo lab, prints its profile's path, and runs until Ctrl+C or 'clusterwright lab"
                + " stop'. By default ProGet 2025 on Windows-style nodes; --product, --line and --nodes choose another.",
                "The lab's database password and API key go into an owner-only secrets file in the lab folder, for"
                        + " the other commands' --secrets-file; the profile holds none."})
final class LabStartCommand implements Callable<Integer> {
    /** In the lab folder; every command reads it with --secrets-file. */
    static final String SECRETS_FILE = "lab-secrets";

    @Spec
    CommandSpec spec;

    @Mixin
    LabFolderOption folderOption;

    @Option(names = "--product", paramLabel = "PRODUCT", description = "proget (default), buildmaster or otter.")
    String product = Product.PROGET.id();

    @Option(names = "--line", paramLabel = "LINE", description = "The release line: 2025+ (default), 2023-2024, 2022,"
            + " before-2022 (ProGet 6, BuildMaster 7, Otter 3) or 5.3- (ProGet 5.3 and older).")
    String line = VersionLine.V2025_AND_NEWER.id();

    @Option(names = "--nodes", paramLabel = "KIND", description = "windows (a SharedConfig folder per node, the"
            + " default) or docker (an env file and a compose file per node).")
    String nodes = LabOptions.NodeKind.WINDOWS.id();

    @Option(names = "--otter-health", paramLabel = "ANSWER", description = "What Otter nodes answer at /health, which"
            + " Inedo does not document: 404 (default) or json.")
    String otterHealth = "404";

    private LabOptions options() {
        try {
            return new LabOptions(Product.fromId(product), VersionLine.fromId(line), LabOptions.NodeKind.fromId(nodes),
                    LabOptions.OtterHealth.fromId(otterHealth), Optional.empty());
        } catch (IllegalArgumentException e) {
            throw UsableInputException.unusable(e.getMessage());
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        LabFolder folder = folderOption.folder();
        LabOptions options = options();
        PrintWriter out = spec.commandLine().getOut();
        InMemorySecretStore secrets = new InMemorySecretStore();
        Lab lab;
        Path secretsFile = folder.root().resolve(SECRETS_FILE);
        try {
            lab = Lab.start(folder.root(), secrets, options);
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
        LabOptions options = lab.options();
        out.println("The demo lab is running: " + lab.databaseDescription() + (options.onSqlServer()
                && lab.databasePort() > 0 ? ", standing in for SQL Server" : ", standing in for InedoDB")
                + ", and three " + options.product() + " nodes (release line " + options.line().displayName() + ", "
                + options.nodes().id() + "-style):");
        for (LabNode node : lab.nodes()) {
            out.printf("  %-14s %-28s %s%s%n", node.name(), node.baseUrl(), node.configFile(),
                    node.name().equals(lab.oddKeyNode()) ? "  (a key of its own)" : "");
        }
        if (options.onSqlServer() && lab.databasePort() > 0) {
            out.println(options.product() + " of the release line " + options.line().displayName() + " keeps its data"
                    + " in SQL Server, which"
                    + " cannot run on this machine: the lab's PostgreSQL stands in, so step 1 says the database kind is"
                    + " wrong for this line. The other steps work as with real nodes.");
        }
        out.println("Load balancer: " + lab.balancerUrl() + "   (round robin, naming the serving node in X-Served-By)");
        out.println("Shared storage: " + lab.profile().getStorage().getPath());
        out.println("Secrets (owner-only, for --secrets-file): " + secretsFile);
        out.println();
        out.println("Try:      clusterwright check --profile " + lab.profileFile() + " --secrets-file " + secretsFile);
        out.println("Restart:  clusterwright lab restart NODE" + folderArgument + "   (after editing its configuration)");
        out.println("Stop:     Ctrl+C here, or clusterwright lab stop" + folderArgument);
        out.flush();
    }
}
