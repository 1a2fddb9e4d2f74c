package org.clusterwright.lab;

import org.clusterwright.profile.Product;
import org.clusterwright.profile.ProductStorage;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.ProfileException;
import org.clusterwright.profile.ProfileStore;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.secrets.Secret;
import org.clusterwright.secrets.SecretStore;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Brings a lab up in order: the folder, the database (the lab's PostgreSQL, or the SQL Server the options hand it),
 * the nodes (each bound first, so its config can name its own address, then started, so it reads that config), the
 * load balancer in front of them, the profile and the secrets. Whatever started is stopped again when a later part
 * fails, so a failed start leaves nothing running either.
 */
final class LabStarter {
    private LabStarter() {
    }

    static Lab start(LabFolder folder, SecretStore secrets, LabOptions options) throws IOException {
        // this process included: a second lab in the same folder would clear the first one's files under it
        Optional<ProcessHandle> running = LabProcesses.runningLab(folder);
        if (running.isPresent()) {
            throw new IOException("A lab is already running from " + folder.root() + " (process " + running.get().pid()
                    + "); stop it first with: clusterwright lab stop --folder " + folder.root());
        }
        LabProcesses.stopOrphanedPostgres(folder);
        folder.prepare();
        LabProcesses.writePid(folder);
        try {
            return startParts(folder, secrets, options);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(folder.pidFile());
            throw e;
        }
    }

    private static Lab startParts(LabFolder folder, SecretStore secrets, LabOptions options) throws IOException {
        Secret apiKey = RandomSecrets.hexKey();
        Map<String, String> settings = initialSettings(options);
        Optional<LabDatabase> database = Optional.empty();
        LabBackend backend;
        if (options.sqlServer().isPresent() && options.onSqlServer()) {
            backend = LabBackend.sqlServer(options.sqlServer().get());
        } else {
            Secret databasePassword = RandomSecrets.password();
            try {
                database = Optional.of(LabDatabase.start(folder, databasePassword, settings));
            } catch (SQLException | IOException | RuntimeException e) {
                // a postmaster that started but never became ready is nobody's to stop unless it is stopped here
                LabProcesses.stopOrphanedPostgres(folder);
                throw new IOException("The lab's PostgreSQL did not start: " + e.getMessage()
                        + " (its log: " + folder.postgresLog() + ")", e);
            }
            backend = LabBackend.postgres(database.get(), databasePassword);
        }
        List<LabNode> nodes = new ArrayList<>();
        LabBalancer balancer = null;
        Profile profile;
        try {
            startNodes(folder, options, backend, apiKey, new ConcurrentHashMap<>(settings), nodes);
            balancer = new LabBalancer(nodes);
            profile = LabProfile.create(folder, nodes, balancer.baseUrl(), backend, options);
            new ProfileStore().save(profile, folder.profile());
        } catch (IOException | ProfileException | RuntimeException e) {
            if (balancer != null) {
                balancer.close();
            }
            nodes.forEach(LabNode::close);
            if (database.isPresent()) {
                database.get().close();
                LabProcesses.awaitEnd(database.get().postmasterPid(), Duration.ofSeconds(15));
            }
            throw e instanceof IOException io ? io : new IOException("The lab did not start: " + e.getMessage(), e);
        }
        secrets.put(profile.getId(), SecretRef.DATABASE_PASSWORD, backend.password());
        secrets.put(profile.getId(), SecretRef.API_KEY, apiKey);
        Lab lab = new Lab(folder, options, database, backend.describe(), nodes, balancer, profile, secrets);
        try {
            lab.listenForRequests();
        } catch (IOException e) {
            lab.stop();
            throw e;
        }
        return lab;
    }

    /** Two nodes share the cluster's key; the last was installed with one of its own. */
    private static void startNodes(LabFolder folder, LabOptions options, LabBackend backend, Secret apiKey,
                                   ConcurrentHashMap<String, String> settings, List<LabNode> nodes) throws IOException {
        Secret clusterKey = RandomSecrets.hexKey();
        Secret oddKey = RandomSecrets.hexKey();
        Product product = options.product();
        boolean settingsApi = options.line().storagePath(product) == ProductStorage.PathSetting.SETTINGS_API;
        List<String> names = Lab.nodeNames(product);
        List<InetAddress> addresses = LoopbackAddresses.forNodes(names.size());
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Secret key = i == names.size() - 1 ? oddKey : clusterKey;
            boolean docker = options.nodes() == LabOptions.NodeKind.DOCKER;
            java.nio.file.Path configFile = docker
                    ? folder.nodeDockerFolder(name).resolve(LabConfigFiles.COMPOSE)
                    : folder.nodeConfigFolder(name).resolve(product.configFileName());
            LabNode node = new LabNode(name, addresses.get(i), new LabNode.Setup(options, configFile, settingsApi),
                    apiKey, backend.login(), database -> backend.settingsTable() ? LabSettings.table(database)
                    : LabSettings.memory(database, settings));
            nodes.add(node);
            if (docker) {
                LabConfigFiles.writeDocker(folder.nodeDockerFolder(name), product, options.line(), backend.kind(),
                        backend.nodeConnectionString(), key, folder.storage(), node.port());
            } else {
                LabConfigFiles.writeWindows(folder.nodeConfigFolder(name), product, backend.kind(),
                        backend.nodeConnectionString(), key, node.baseUrl());
            }
            node.start();
        }
    }

    /** ProGet's settings as a fresh installation of the lab's kind has them. */
    private static Map<String, String> initialSettings(LabOptions options) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("Storage.PackagesRootPath", options.nodes() == LabOptions.NodeKind.DOCKER
                ? options.product().storage().containerPath() : "C:\\ProgramData\\ProGet\\Packages");
        settings.put("Web.BaseUrl", "");
        return settings;
    }
}
