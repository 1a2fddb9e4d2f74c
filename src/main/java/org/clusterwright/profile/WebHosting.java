package org.clusterwright.profile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;

/**
 * What runs the web application on a Windows node, and so what a restart of that node restarts. Inedo's service
 * pages ({@code Content/proget/administration/service.md} and the BuildMaster and Otter twins) name the three: one
 * service since 2025 (and with ProGet 2024.33's Optimized Service Mode), a web service of its own up to 2024, or an
 * IIS web application, in which case that web service "would not exist" and its application pool is recycled.
 */
public enum WebHosting {
    /** One service runs the web server and the background work ({@code INEDOPROGETSVC}). */
    ONE_SERVICE("service", "one service runs both"),
    /** The integrated web server has a Windows service of its own ({@code INEDOPROGETWEBSVC}). */
    WEB_SERVICE("web-service", "the integrated web server's own service"),
    /** An IIS web application: its application pool is recycled instead of a web service. */
    IIS("iis", "IIS (an application pool)");

    private final String id;
    private final String displayName;

    WebHosting(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** The Windows services to restart on a node, the background service first. */
    public List<String> services(Product product) {
        return switch (this) {
            case ONE_SERVICE, IIS -> List.of(product.serviceName());
            case WEB_SERVICE -> List.of(product.serviceName(), product.webServiceName());
        };
    }

    /** True when a restart also recycles the web application's IIS application pool. */
    public boolean recyclesAppPool() {
        return switch (this) {
            case IIS -> true;
            case ONE_SERVICE, WEB_SERVICE -> false;
        };
    }

    /**
     * What restarting one Windows node means, in words: "INEDOPROGETSVC and INEDOPROGETWEBSVC", or "INEDOPROGETSVC
     * and the IIS application pool ProGetAppPool".
     */
    public String restartWords(Product product, String appPool) {
        String services = String.join(" and ", services(product));
        return recyclesAppPool() ? services + " and the IIS application pool " + appPool : services;
    }

    /** The application pool the Inedo Hub creates for an IIS install ({@code Content/installation/windows/inedo-hub/#.md}). */
    public static String defaultAppPool(Product product) {
        return product.displayName() + "AppPool";
    }

    @JsonCreator
    public static WebHosting fromId(String text) {
        return EnumIds.find(values(), text, "web hosting", WebHosting::id, WebHosting::name);
    }

    @Override
    public String toString() {
        return displayName;
    }
}
