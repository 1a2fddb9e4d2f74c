package org.clusterwright.lab;

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
import java.util.List;
import java.util.Optional;

/**
 * Brings a lab up in order: the folder, PostgreSQL, the nodes (each bound first, so its config can name its own
 * address, then started, so it reads that config), the load balancer in front of them, the profile and the secrets. Whatever started is stopped again
 * when a later part fails, so a failed start leaves nothing running either.
 */
final class LabStarter {
    private LabStarter() {
    }

    static Lab start(LabFolder folder, SecretStore secrets) throws IOException {
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
            return startParts(folder, secrets);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(folder.pidFile());
            throw e;
        }
    }

    private static Lab startParts(LabFolder folder, SecretStore secrets) throws IOException {
        Secret databasePassword = RandomSecrets.password();
        Secret apiKey = RandomSecrets.hexKey();
        LabDatabase database;
        try {
            database = LabDatabase.start(folder, databasePassword);
        } catch (SQLException | IOException | RuntimeException e) {
            // a postmaster that started but never became ready is nobody's to stop unless it is stopped here
            LabProcesses.stopOrphanedPostgres(folder);
            throw new IOException("The lab's PostgreSQL did not start: " + e.getMessage()
                    + " (its log: " + folder.postgresLog() + ")", e);
        }
        List<LabNode> nodes = new ArrayList<>();
        LabBalancer balancer = null;
        Profile profile;
        try {
            startNodes(folder, database.port(), databasePassword, apiKey, nodes);
            balancer = new LabBalancer(nodes);
            profile = LabProfile.create(folder, nodes, balancer.baseUrl(), database.port());
            new ProfileStore().save(profile, folder.profile());
        } catch (IOException | ProfileException | RuntimeException e) {
            if (balancer != null) {
                balancer.close();
            }
            nodes.forEach(LabNode::close);
            database.close();
            LabProcesses.awaitEnd(database.postmasterPid(), Duration.ofSeconds(15));
            throw e instanceof IOException io ? io : new IOException("The lab did not start: " + e.getMessage(), e);
        }
        secrets.put(profile.getId(), SecretRef.DATABASE_PASSWORD, databasePassword);
        secrets.put(profile.getId(), SecretRef.API_KEY, apiKey);
        Lab lab = new Lab(folder, database, nodes, balancer, profile, secrets);
        try {
            lab.listenForRequests();
        } catch (IOException e) {
            lab.stop();
            throw e;
        }
        return lab;
    }

    /** Two nodes share the cluster's key; {@link Lab#ODD_KEY_NODE} was installed with one of its own. */
    private static void startNodes(LabFolder folder, int databasePort, Secret databasePassword, Secret apiKey,
                                   List<LabNode> nodes) throws IOException {
        Secret clusterKey = RandomSecrets.hexKey();
        Secret oddKey = RandomSecrets.hexKey();
        Secret connectionString = Secret.of(LabProfile.connectionString(databasePort) + ";Password="
                + databasePassword.reveal());
        List<InetAddress> addresses = LoopbackAddresses.forNodes(Lab.NODE_NAMES.size());
        for (int i = 0; i < Lab.NODE_NAMES.size(); i++) {
            String name = Lab.NODE_NAMES.get(i);
            LabNode node = new LabNode(name, addresses.get(i),
                    folder.nodeConfigFolder(name).resolve(ProGetConfigFile.NAME), apiKey);
            nodes.add(node);
            ProGetConfigFile.write(folder.nodeConfigFolder(name), connectionString,
                    name.equals(Lab.ODD_KEY_NODE) ? oddKey : clusterKey, node.baseUrl());
            node.start();
        }
    }
}
