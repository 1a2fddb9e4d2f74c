package org.clusterwright.nodes.docker;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A container node's env file setting: an env file, or a compose file ({@code .yml}/{@code .yaml}) optionally
 * followed by {@code #service} to name the product's service.
 */
record FileSetting(Path file, String service, boolean compose) {

    static FileSetting of(String setting) {
        int hash = setting.lastIndexOf('#');
        String path = hash > 0 ? setting.substring(0, hash) : setting;
        String service = hash > 0 ? setting.substring(hash + 1) : null;
        String lower = path.toLowerCase(Locale.ROOT);
        return new FileSetting(Path.of(path), service, lower.endsWith(".yml") || lower.endsWith(".yaml"));
    }
}
