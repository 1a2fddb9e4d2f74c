package org.clusterwright.lab;

import org.clusterwright.profile.Profile;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.secrets.SecretStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A ProGet 2025 cluster to try Clusterwright on, on this machine: a real PostgreSQL 17 standing in for InedoDB, three
 * simulated nodes on loopback (one with an odd EncryptionKey), a local folder as the shared storage, and a profile
 * that matches, its secrets in the given store. {@link #stop()} (or the end of the JVM) leaves no process or port
 * behind.
 */
public final class Lab implements AutoCloseable {
    public static final List<String> NODE_NAMES = List.of("proget-1", "proget-2", "proget-3");
    /** The node installed with a key of its own, which step 2 is to find and fix. */
    public static final String ODD_KEY_NODE = "proget-3";
    /** The secrets the lab puts in the store, under the profile's id; all are removed again when it stops. */
    public static final List<SecretRef> SECRETS = List.of(SecretRef.DATABASE_PASSWORD, SecretRef.API_KEY);

    private final LabFolder folder;
    private final LabDatabase database;
    private final List<LabNode> nodes;
    private final Profile profile;
    private final SecretStore secrets;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final CountDownLatch stoppedLatch = new CountDownLatch(1);
    private final Thread shutdownHook = new Thread(this::stop, "clusterwright-lab-stop");
    private final LabBalancer balancer;
    private LabControl control;

    Lab(LabFolder folder, LabDatabase database, List<LabNode> nodes, LabBalancer balancer, Profile profile,
        SecretStore secrets) {
        this.folder = folder;
        this.database = database;
        this.nodes = List.copyOf(nodes);
        this.balancer = balancer;
        this.profile = profile;
        this.secrets = secrets;
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts a lab in {@code folder} (created if missing, cleared if an earlier lab used it; a folder with other
     * files is refused), and puts its database password and API key into {@code secrets}.
     */
    public static Lab start(Path folder, SecretStore secrets) throws IOException {
        return LabStarter.start(new LabFolder(folder), secrets);
    }

    public LabFolder folder() {
        return folder;
    }

    public Path profileFile() {
        return folder.profile();
    }

    public Profile profile() {
        return profile;
    }

    public List<LabNode> nodes() {
        return nodes;
    }

    /** The lab's load balancer, which users of a real cluster would reach it by. */
    public String balancerUrl() {
        return balancer.baseUrl();
    }

    public LabNode node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("The lab has no node '" + name + "'; its nodes are " + NODE_NAMES + "."));
    }

    /** Restarts a node's ProGet service, so it reads its ProGet.config again. */
    public void restart(String nodeName) {
        node(nodeName).restart();
    }

    public int databasePort() {
        return database.port();
    }

    public long postmasterPid() {
        return database.postmasterPid();
    }

    public String databaseVersion() {
        return database.version();
    }

    /** Listens for restart and stop requests from other processes (see {@link LabRequests}). */
    void listenForRequests() throws IOException {
        control = LabControl.listen(folder.control(), this::restart, this::stop);
    }

    /** Blocks until the lab has stopped: by {@link #stop()}, a request from another process, or the JVM's end. */
    public void awaitStopped() throws InterruptedException {
        stoppedLatch.await();
    }

    /** Stops the nodes, then PostgreSQL (waiting for its processes to end), and takes the lab's secrets back. */
    public void stop() {
        if (stopped.getAndSet(true)) {
            return;
        }
        if (control != null) {
            control.close();
        }
        balancer.close();
        nodes.forEach(LabNode::close);
        try {
            database.close();
        } catch (IOException | RuntimeException e) {
            // pg_ctl could not be run; the postmaster is stopped by its pid below
        }
        if (!LabProcesses.awaitEnd(database.postmasterPid(), Duration.ofSeconds(15))) {
            // pg_ctl gave up (it waits 5 s): a smart shutdown by signal still ends the postmaster and its children
            ProcessHandle.of(database.postmasterPid()).ifPresent(ProcessHandle::destroy);
            LabProcesses.awaitEnd(database.postmasterPid(), Duration.ofSeconds(15));
        }
        try {
            SECRETS.forEach(ref -> secrets.remove(profile.getId(), ref));
        } catch (RuntimeException e) {
            // a keyring that fails now: the entries stay under this lab's profile id, which no other profile shares
        }
        try {
            Files.deleteIfExists(folder.pidFile());
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IOException | IllegalStateException e) {
            // the JVM is already shutting down (this is the hook), or the file went with its folder
        }
        stoppedLatch.countDown();
    }

    public boolean isStopped() {
        return stopped.get();
    }

    @Override
    public void close() {
        stop();
    }
}
