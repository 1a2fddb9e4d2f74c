package org.clusterwright.cluster.lb;

import org.clusterwright.profile.Profile;

import java.util.Locale;

/** The load balancer configurations Clusterwright writes. */
public enum LbConfigKind {
    NGINX, HAPROXY, ARR;

    /** The configuration text for {@code profile}; IllegalArgumentException says what in the profile prevents it. */
    public String generate(Profile profile) {
        Backends backends = Backends.of(profile);
        return switch (this) {
            case NGINX -> NginxConfig.generate(backends);
            case HAPROXY -> HaproxyConfig.generate(backends);
            case ARR -> ArrSettings.generate(backends);
        };
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LbConfigKind fromId(String text) {
        for (LbConfigKind kind : values()) {
            if (kind.id().equalsIgnoreCase(text.strip())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown load balancer kind '" + text + "': expected nginx, haproxy or arr");
    }
}
