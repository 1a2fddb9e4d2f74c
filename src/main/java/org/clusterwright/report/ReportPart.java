package org.clusterwright.report;

import org.clusterwright.check.CheckId;
import org.clusterwright.engine.Step;

import java.util.List;

/**
 * The report's sections: Inedo's five steps, then the load balancer, then whatever this version cannot place. A
 * result belongs to a section by its check id alone, since the results file does not record which step ran a check.
 */
public enum ReportPart {
    DATABASE(Step.DATABASE.id(), Step.DATABASE.title(),
            List.of("input.general", "input.nodes", "input.database", "db.", "node.")),
    KEY(Step.ENCRYPTION_KEY.id(), Step.ENCRYPTION_KEY.title(), List.of("input.encryption-key", "key.")),
    STORAGE(Step.STORAGE.id(), Step.STORAGE.title(), List.of("input.storage", "storage.")),
    HIGH_AVAILABILITY(Step.HIGH_AVAILABILITY.id(), Step.HIGH_AVAILABILITY.title(),
            List.of("input.high-availability", "ha.")),
    // before VERIFY: verify.balancer judges the balancer, the rest of verify.* the nodes
    LOAD_BALANCER("load-balancer", "Load balancer", List.of("input.load-balancer", "verify.balancer", "lb.")),
    VERIFY(Step.VERIFY.id(), Step.VERIFY.title(), List.of("verify.")),
    OTHER("other", "Other results", List.of());

    private final String id;
    private final String title;
    private final List<String> prefixes;

    ReportPart(String id, String title, List<String> prefixes) {
        this.id = id;
        this.title = title;
        this.prefixes = prefixes;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** The order a reader follows: the five steps, then the load balancer, then the rest. */
    public static List<ReportPart> readingOrder() {
        return List.of(DATABASE, KEY, STORAGE, HIGH_AVAILABILITY, VERIFY, LOAD_BALANCER, OTHER);
    }

    public static ReportPart of(CheckId id) {
        String value = id.value();
        for (ReportPart part : values()) {
            for (String prefix : part.prefixes) {
                boolean matches = prefix.endsWith(".") ? value.startsWith(prefix) : value.equals(prefix);
                if (matches) {
                    return part;
                }
            }
        }
        return OTHER;
    }
}
