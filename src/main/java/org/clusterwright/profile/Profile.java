package org.clusterwright.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Everything Clusterwright knows about one cluster, saved as JSON. It holds references to secrets, never secrets.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"schemaVersion", "id", "name", "product", "versionLine", "nodes", "database", "storage",
        "encryptionKey", "highAvailability", "loadBalancer"})
public final class Profile extends Extensible {
    /** The schema this build writes; files with a higher number are refused rather than half-understood. */
    public static final int SCHEMA_VERSION = 1;
    /** Where the JSON schema of this version is kept, on the class path (see docs/profile.md). */
    public static final String SCHEMA_RESOURCE = "/org/clusterwright/profile/profile-v1.schema.json";

    private int schemaVersion = SCHEMA_VERSION;
    private String id = UUID.randomUUID().toString();
    private String name;
    private Product product = Product.PROGET;
    private VersionLine versionLine = VersionLine.V2025_AND_NEWER;
    private List<ClusterNode> nodes = new ArrayList<>();
    private DatabaseSettings database = new DatabaseSettings();
    private StorageSettings storage = new StorageSettings();
    private EncryptionKeySettings encryptionKey = new EncryptionKeySettings();
    private HighAvailabilitySettings highAvailability = new HighAvailabilitySettings();
    private LoadBalancerSettings loadBalancer = new LoadBalancerSettings();

    public int getSchemaVersion() {
        return schemaVersion;
    }

    public void setSchemaVersion(int schemaVersion) {
        this.schemaVersion = schemaVersion;
    }

    /** Stable identity, so secrets kept in a keyring survive renaming the profile. */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Product getProduct() {
        return product;
    }

    public void setProduct(Product product) {
        this.product = Objects.requireNonNull(product, "product");
    }

    public VersionLine getVersionLine() {
        return versionLine;
    }

    public void setVersionLine(VersionLine versionLine) {
        this.versionLine = Objects.requireNonNull(versionLine, "versionLine");
    }

    public List<ClusterNode> getNodes() {
        return nodes;
    }

    public void setNodes(List<ClusterNode> nodes) {
        this.nodes = nodes == null ? new ArrayList<>() : new ArrayList<>(nodes);
    }

    public DatabaseSettings getDatabase() {
        return database;
    }

    public void setDatabase(DatabaseSettings database) {
        this.database = database == null ? new DatabaseSettings() : database;
    }

    public StorageSettings getStorage() {
        return storage;
    }

    public void setStorage(StorageSettings storage) {
        this.storage = storage == null ? new StorageSettings() : storage;
    }

    public EncryptionKeySettings getEncryptionKey() {
        return encryptionKey;
    }

    public void setEncryptionKey(EncryptionKeySettings encryptionKey) {
        this.encryptionKey = encryptionKey == null ? new EncryptionKeySettings() : encryptionKey;
    }

    public HighAvailabilitySettings getHighAvailability() {
        return highAvailability;
    }

    public void setHighAvailability(HighAvailabilitySettings highAvailability) {
        this.highAvailability = highAvailability == null ? new HighAvailabilitySettings() : highAvailability;
    }

    public LoadBalancerSettings getLoadBalancer() {
        return loadBalancer;
    }

    public void setLoadBalancer(LoadBalancerSettings loadBalancer) {
        this.loadBalancer = loadBalancer == null ? new LoadBalancerSettings() : loadBalancer;
    }
}
