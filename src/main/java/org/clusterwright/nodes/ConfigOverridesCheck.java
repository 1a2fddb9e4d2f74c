package org.clusterwright.nodes;

import org.clusterwright.check.Check;
import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.Product;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code node.overrides}: settings on a Windows node that override its shared config file, so that what step 2 reads
 * and writes is not what the product uses. Legacy {@code Web.config} / {@code «Product».Service.exe.config} values
 * (configuration-files.md line 83) are read from the program folder's default places over the node's own access;
 * environment variables override the file too (ProGet/installation/config-files.md @bf6802c5, line 41) but live in the
 * registry, which SMB does not reach, so the check gives the command that lists them.
 */
public final class ConfigOverridesCheck implements Check {
    public static final CheckId ID = CheckId.of("node.overrides");
    private static final String SHARED_CONFIG = "programdata/inedo/sharedconfig";

    private final ClusterNode node;
    private final Product product;
    private final ConfigFolderOpener folders;

    public ConfigOverridesCheck(ClusterNode node, Product product, ConfigFolderOpener folders) {
        this.node = node;
        this.product = product;
        this.folders = folders;
    }

    /**
     * True when the node's program folder can be found: over SMB (the admin share holds it), or from a local folder
     * that is a ProgramData\Inedo\SharedConfig folder (its drive holds it). A local folder anywhere else is a copy
     * or a mount, which says nothing about the program folder, so there is nothing to check.
     */
    public static boolean applies(ClusterNode node) {
        return node.getLocalConfigFolder() == null || driveOf(Path.of(node.getLocalConfigFolder())).isPresent();
    }

    private static java.util.Optional<Path> driveOf(Path sharedConfig) {
        Path shared = sharedConfig.toAbsolutePath().normalize();
        boolean known = shared.toString().replace('\\', '/').toLowerCase(Locale.ROOT).endsWith(SHARED_CONFIG);
        return known ? java.util.Optional.of(shared.getParent().getParent().getParent()) : java.util.Optional.empty();
    }

    @Override
    public CheckId id() {
        return ID;
    }

    @Override
    public Outcome run(CheckContext context) throws NodeAccessException {
        String name = node.targetName();
        List<String> found = new ArrayList<>();
        List<String> filesRead = new ArrayList<>();
        if (node.getLocalConfigFolder() != null) {
            java.util.Optional<Path> root = driveOf(Path.of(node.getLocalConfigFolder()));
            if (root.isEmpty()) {
                return Outcome.skip("Not read: " + node.getLocalConfigFolder() + " is not a ProgramData\\Inedo\\"
                        + "SharedConfig folder, so the program folder's place is unknown. " + byHand());
            }
            try (LocalConfigFolder drive = new LocalConfigFolder(root.get())) {
                read(drive, "/", found, filesRead);
            }
        } else {
            ClusterNode driveRoot = node.copy();
            driveRoot.setConfigPath("\\");
            try (ConfigFolder drive = folders.open(driveRoot, product)) {
                read(drive, "\\", found, filesRead);
            }
        }
        if (filesRead.isEmpty()) {
            // a current installation has none: its settings are in the shared file alone
            return Outcome.pass("No legacy config file of " + product + " is at its default places on " + name + " ("
                    + String.join(", ", programFolders("\\")) + ").").withDetail(byHand())
                    .withEvidence("filesRead", "").withEvidence("overrides", 0);
        }
        Outcome outcome = found.isEmpty()
                ? Outcome.pass("No legacy config file on " + name + " overrides " + product.configFileName() + " ("
                + filesRead.size() + " read).").withDetail(byHand())
                : Outcome.warn(String.join("; ", found) + ": these override " + product.configFileName() + " on "
                        + name + ", so the product may not use the key and connection string step 2 writes there.",
                "Remove those keys (or give them the cluster's values) in the files named, then restart the node."
                        + " Inedo: values in these legacy files \"will override what is specified in the shared"
                        + " config file\".").withDetail(byHand());
        return outcome.withEvidence("filesRead", String.join(", ", filesRead)).withEvidence("overrides", found.size());
    }

    private void read(ConfigFolder drive, String separator, List<String> found, List<String> filesRead)
            throws NodeAccessException {
        for (String folder : programFolders(separator)) {
            for (String file : legacyFiles(separator)) {
                String path = folder + separator + file;
                if (drive.exists(path)) {
                    filesRead.add(drive.describe(path));
                    for (String key : LegacySettings.overridingKeys(drive.read(path), drive.describe(path))) {
                        found.add(drive.describe(path) + " sets " + key);
                    }
                }
            }
        }
    }

    /** Where the Inedo Hub installs the product: C:\Program Files\«Product», or C:\«Product» (migration guides). */
    private List<String> programFolders(String separator) {
        return List.of("Program Files" + separator + product.displayName(), product.displayName());
    }

    /** The files that held the connection string and key before the shared file (configuration-files.md, table). */
    private List<String> legacyFiles(String separator) {
        return List.of("Web" + separator + "Web.config", "Web" + separator + "Web_appSettings.config",
                "Service" + separator + product.displayName() + ".Service.exe.config",
                "Service" + separator + "App_appSettings.config");
    }

    /** What cannot be read over SMB: the environment the product's service starts with. */
    private String byHand() {
        String prefix = product.environmentPrefix();
        return "Environment variables override the file too and are not readable from here; on " + node.targetName()
                + " list them with: [Environment]::GetEnvironmentVariables('Machine').Keys | Where-Object { $_ -match '^("
                + prefix + "_|SQL_CONNECTION_STRING)' }; (Get-ItemProperty HKLM:\\SYSTEM\\CurrentControlSet\\Services\\"
                + product.serviceName() + ").Environment";
    }
}
