package org.clusterwright.engine;

import org.clusterwright.profile.ProfileProblem.Section;

import java.util.Set;

/** The five steps of Inedo's HA procedure, each with the profile sections it depends on. */
public enum Step {
    DATABASE("database", "Database and servers", Set.of(Section.GENERAL, Section.NODES, Section.DATABASE)),
    ENCRYPTION_KEY("key", "Encryption key", Set.of(Section.NODES, Section.ENCRYPTION_KEY)),
    STORAGE("storage", "Shared storage", Set.of(Section.STORAGE)),
    HIGH_AVAILABILITY("ha", "High availability", Set.of()),
    VERIFY("verify", "Verify", Set.of(Section.LOAD_BALANCER));

    private final String id;
    private final String title;
    private final Set<Section> sections;

    Step(String id, String title, Set<Section> sections) {
        this.id = id;
        this.title = title;
        this.sections = sections;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Set<Section> sections() {
        return sections;
    }

    public static Step fromId(String id) {
        for (Step step : values()) {
            if (step.id.equalsIgnoreCase(id)) {
                return step;
            }
        }
        throw new IllegalArgumentException("unknown step '" + id + "': expected database, key, storage, ha or verify");
    }
}
