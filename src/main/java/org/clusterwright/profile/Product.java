package org.clusterwright.profile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** The Inedo product being clustered; names, ports and services differ per product. */
public enum Product {
    PROGET("proget", "ProGet", 8624),
    BUILDMASTER("buildmaster", "BuildMaster", 8622),
    OTTER("otter", "Otter", 8626);

    private final String id;
    private final String displayName;
    private final int defaultPort;

    Product(String id, String displayName, int defaultPort) {
        this.id = id;
        this.displayName = displayName;
        this.defaultPort = defaultPort;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** Default port of the integrated web server on Windows installs. */
    public int defaultPort() {
        return defaultPort;
    }

    /** Name of the shared config file, for example {@code ProGet.config}. */
    public String configFileName() {
        return displayName + ".config";
    }

    /** The Windows service of the background work (since 2025 the only one), for example {@code INEDOPROGETSVC}. */
    public String serviceName() {
        return serviceStem() + "SVC";
    }

    /** The Windows service of the web application up to 2024, for example {@code INEDOPROGETWEBSVC}. */
    public String webServiceName() {
        return serviceStem() + "WEBSVC";
    }

    private String serviceStem() {
        return switch (this) {
            case PROGET -> "INEDOPROGET";
            case BUILDMASTER -> "INEDOBM";
            case OTTER -> "INEDOOTTER";
        };
    }

    /** Where the product keeps the files every node must share, and how that path is set. */
    public ProductStorage storage() {
        return switch (this) {
            case PROGET -> new ProductStorage(ProductStorage.PathSetting.SETTINGS_API, "Storage.PackagesRootPath",
                    "C:\\ProgramData\\ProGet\\Packages", "/var/proget/packages", true);
            case BUILDMASTER -> new ProductStorage(ProductStorage.PathSetting.BY_HAND, "Artifacts.BasePath",
                    "C:\\ProgramData\\BuildMaster\\Artifacts", "/var/buildmaster/artifacts", false);
            // Inedo: "No configuration is required"
            case OTTER -> ProductStorage.NOTHING_SHARED;
        };
    }

    /** False when Inedo documents no {@code /health} endpoint for the product, so a 404 there proves nothing. */
    public boolean documentsHealth() {
        return switch (this) {
            case PROGET, BUILDMASTER -> true;
            case OTTER -> false;
        };
    }

    /** Prefix of the Docker environment variables, for example {@code PROGET}. */
    public String environmentPrefix() {
        return id.toUpperCase(Locale.ROOT);
    }

    @JsonCreator
    public static Product fromId(String text) {
        return EnumIds.find(values(), text, "product", Product::id, Product::displayName);
    }

    @Override
    public String toString() {
        return displayName;
    }
}
