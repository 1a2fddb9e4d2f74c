package org.clusterwright.cluster.health;

/**
 * One status a health answer reports, such as the database or the license. {@code status} is the product's own word
 * ({@code OK}, {@code Error}); {@code detail} is its explanation, empty when it gave none.
 */
public record HealthComponent(String name, String status, String detail) {
    public HealthComponent {
        detail = detail == null ? "" : detail;
    }

    public boolean ok() {
        return "OK".equalsIgnoreCase(status);
    }

    public String describe() {
        return name + " " + status + (detail.isBlank() ? "" : " (" + detail + ")");
    }
}
