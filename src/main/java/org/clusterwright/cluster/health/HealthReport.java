package org.clusterwright.cluster.health;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one node's {@code /health} said, in one shape for every product and release line. Fields a format does not
 * carry are empty: ProGet 2026's plain {@code OK} names no version, the 5.2.9 example names no database status.
 */
public record HealthReport(HealthFormat format, int httpStatus, String applicationName, String versionNumber,
                           String releaseNumber, List<HealthComponent> components, Map<String, String> extensions,
                           String problem) {

    public static final String DATABASE = "database";
    public static final String LICENSE = "license";
    public static final String SERVICE = "service";
    public static final String REPLICATION_SERVER = "replication server";
    public static final String REPLICATION_CLIENT = "replication client";

    public HealthReport {
        applicationName = applicationName == null ? "" : applicationName;
        versionNumber = versionNumber == null ? "" : versionNumber;
        releaseNumber = releaseNumber == null ? "" : releaseNumber;
        components = List.copyOf(components);
        extensions = Map.copyOf(extensions);
        problem = problem == null ? "" : problem;
    }

    /** Healthy: a 200 answer whose reported statuses are all OK. */
    public boolean healthy() {
        return httpStatus == 200 && format != HealthFormat.NOT_FOUND && format != HealthFormat.UNRECOGNISED
                && components.stream().allMatch(HealthComponent::ok);
    }

    public Optional<HealthComponent> component(String name) {
        return components.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public List<HealthComponent> failing() {
        return components.stream().filter(c -> !c.ok()).toList();
    }

    /**
     * The version to compare between nodes: the release number (such as {@code 23.0.9}) when given, since some
     * builds put words like {@code DEV BUILD} in the version number; empty when the answer named none.
     */
    public String version() {
        return !releaseNumber.isBlank() ? releaseNumber : versionNumber;
    }

    /** The same report with the version fields of a fuller answer (ProGet 2026's {@code /health/json}). */
    public HealthReport withDetailsOf(HealthReport json) {
        return new HealthReport(format, httpStatus, json.applicationName, json.versionNumber, json.releaseNumber,
                json.components, json.extensions, problem);
    }
}
