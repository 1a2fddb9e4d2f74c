package org.clusterwright.lab;

import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.secrets.SecretStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A cluster to try Clusterwright on, on this machine: by default ProGet 2025 on Windows-style nodes (see
 * {@link LabOptions} for the other products, lines and kinds of node): a real PostgreSQL 17 standing in for InedoDB
 * (or a SQL Server a test hands it), three simulated nodes on loopback (the last with an odd EncryptionKey), a local
 * folder as the shared storage, and a profile that matches, its secrets in the given store. {@link #stop()} (or the
 * end of the JVM) leaves no process or port behind.
 */
public final class Lab implements AutoCloseable {
    public static final List<String> NODE_NAMES = nodeNames(Product.PROGET);
    /** The node of the standard lab installed with a key of its own, which step 2 is to find and fix. */
    public static final String ODD_KEY_NODE = "proget-3";
    /** The secrets the lab puts in the store, under the profile's id; all are removed again when it stops. */
    public static final List<SecretRef> SECRETS = List.of(SecretRef.DATABASE_PASSWORD, SecretRef.API_KEY);

    private final LabFolder folder;
    private final LabOptions options;
    private final Optional<LabDatabase> database;
    private final List<LabNode> nodes;
    private final Profile profile;
    private final SecretStore secrets;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final CountDownLatch stoppedLatch = new CountDownLatch(1);
    private final Thread shutdownHook = new Thread(this::stop, "clusterwright-lab-stop");
    private final LabBalancer balancer;
    private final String databaseDescription;
    private LabControl control;

    Lab(LabFolder folder, LabOptions options, Optional<LabDatabase> database, String databaseDescription,
        List<LabNode> nodes, LabBalancer balancer, Profile profile, SecretStore secrets) {
        this.folder = folder;
        this.options = options;
        this.databaseDescription = databaseDescription;
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
        return start(folder, secrets, LabOptions.standard());
    }

    /** The same for the product, line and kind of node {@code options} name. */
    public static Lab start(Path folder, SecretStore secrets, LabOptions options) throws IOException {
        return LabStarter.start(new LabFolder(folder), secrets, options);
    }

    /** The lab's node names for {@code product}: {@code proget-1} to {@code proget-3}. */
    public static List<String> nodeNames(Product product) {
        return List.of(product.id() + "-1", product.id() + "-2", product.id() + "-3");
    }

    public LabOptions options() {
        return options;
    }

    /** The node installed with a key of its own: the last one. */
    public String oddKeyNode() {
        return nodes.get(nodes.size() - 1).name();
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
                new IllegalArgumentException("The lab has no node '" + name + "'; its nodes are "
                        + nodeNames(options.product()) + "."));
    }

    /** Restarts a node's service (or container), so it reads its configuration again. */
    public void restart(String nodeName) {
        node(nodeName).restart();
    }

    /** The lab's own PostgreSQL, when it runs one: -1 when a test's SQL Server serves the lab instead. */
    public int databasePort() {
        return database.map(LabDatabase::port).orElse(-1);
    }

    public long postmasterPid() {
        return database.map(LabDatabase::postmasterPid).orElse(-1L);
    }

    /** What the lab's database is, in words: "PostgreSQL 17.2 on 127.0.0.1:5432", or the SQL Server's own words. */
    public String databaseDescription() {
        return databaseDescription;
    }

    public String databaseVersion() {
        return database.map(LabDatabase::version).orElse("");
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
        database.ifPresent(Lab::stopDatabase);
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

    private static void stopDatabase(LabDatabase database) {
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
    }

    public boolean isStopped() {
        return stopped.get();
    }

    @Override
    public void close() {
        stop();
    }
}
