package org.clusterwright.keys;

import org.clusterwright.database.ConnectionStringEquivalence;
import org.clusterwright.nodes.ConfigElement;
import org.clusterwright.nodes.InedoAppConfig;
import org.clusterwright.profile.DatabaseKind;
import org.clusterwright.secrets.Secret;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The element values a node's config file gets under a plan: the key, and the connection string when one is
 * handed out. A file that already holds an equivalent connection string keeps its own text (a trailing {@code ;}
 * or another keyword case is no change), so a second apply writes nothing and makes no backup.
 */
record ConfigValues(Secret key, Optional<ConfigElement> connectionElement, Optional<Secret> connectionString) {

    static ConfigValues of(Secret key, KeyRequest request) {
        return new ConfigValues(key, request.connectionElement(), request.connectionString());
    }

    static ConfigValues of(KeyPlan plan) {
        return new ConfigValues(plan.key().orElseThrow(), plan.connectionElement(), plan.connectionString());
    }

    /** What {@code config} must be given: only what it does not already say. */
    Map<ConfigElement, Secret> forFile(InedoAppConfig config) {
        Map<ConfigElement, Secret> values = new EnumMap<>(ConfigElement.class);
        values.put(ConfigElement.ENCRYPTION_KEY, key);
        connectionElement.ifPresent(element -> {
            Secret planned = connectionString.orElseThrow();
            boolean same = config.value(element).map(held -> ConnectionStringEquivalence.equivalent(kindOf(element),
                    held.reveal(), planned.reveal())).orElse(false);
            if (!same) {
                values.put(element, planned);
            }
        });
        return values;
    }

    private static DatabaseKind kindOf(ConfigElement element) {
        return element == ConfigElement.POSTGRES_CONNECTION_STRING ? DatabaseKind.POSTGRESQL : DatabaseKind.SQL_SERVER;
    }
}
