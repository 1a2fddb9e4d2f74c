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
