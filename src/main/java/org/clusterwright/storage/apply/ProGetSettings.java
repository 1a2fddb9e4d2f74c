package org.clusterwright.storage.apply;

import org.clusterwright.secrets.Secret;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Reads one of ProGet's Advanced Settings through its settings API, for checks that compare it with the profile. */
public final class ProGetSettings {
    private ProGetSettings() {
    }

    /** The setting's value ("" when unset); empty when ProGet does not list it. Throws with a remedy when refused. */
    public static Optional<String> value(URI base, Secret apiKey, String name, Duration timeout)
            throws IOException, InterruptedException {
        return Optional.ofNullable(new ProGetApi(base, apiKey, timeout).setting(name));
    }
}
