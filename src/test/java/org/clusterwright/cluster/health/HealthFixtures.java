package org.clusterwright.cluster.health;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The health answers of the reference facts, kept under src/test/resources/health. */
public final class HealthFixtures {
    public static final String BUILDMASTER_2023 = "buildmaster-2023.json";
    public static final String PROGET_5_2_9_MALFORMED = "proget-5.2.9-malformed.json";
    public static final String PROGET_2025 = "proget-2025.json";
    public static final String PROGET_2025_SERVICE_DOWN = "proget-2025-service-down.json";
    public static final String PROGET_2026_OK = "proget-2026-ok.txt";
    public static final String PROGET_2026_500 = "proget-2026-500.txt";

    private HealthFixtures() {
    }

    public static String read(String name) {
        try (InputStream in = HealthFixtures.class.getResourceAsStream("/health/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no health fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
