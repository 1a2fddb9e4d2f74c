package org.clusterwright.lab;

import org.clusterwright.profile.Product;
import org.clusterwright.profile.VersionLine;

import java.util.Locale;
import java.util.Optional;

/**
 * What kind of cluster a lab simulates: the product and its release line, whether the nodes are Windows servers (a
 * SharedConfig folder each) or Docker hosts (an env file and a compose file each), how an Otter node answers
 * {@code /health} (Inedo documents nothing for Otter, so the lab can play both: a JSON answer like BuildMaster's, or
 * 404), and, for the lines that run on SQL Server, the SQL Server to use (a test's emulation; without one the lab's
 * PostgreSQL stands in, and step 1 says the database kind is wrong for the line).
 */
public record LabOptions(Product product, VersionLine line, NodeKind nodes, OtterHealth otterHealth,
                         Optional<LabSqlServer> sqlServer) {

    public LabOptions {
        if (!line.appliesTo(product)) {
            throw new IllegalArgumentException(line.displayName() + " does not exist for " + product + ".");
        }
    }

    /** ProGet 2025 on Windows-style nodes: the lab as it always was. */
    public static LabOptions standard() {
        return new LabOptions(Product.PROGET, VersionLine.V2025_AND_NEWER, NodeKind.WINDOWS, OtterHealth.NOT_FOUND,
                Optional.empty());
    }

    public LabOptions withSqlServer(LabSqlServer server) {
        return new LabOptions(product, line, nodes, otterHealth, Optional.of(server));
    }

    /** True when the product of this line keeps its data in SQL Server, not InedoDB (PostgreSQL). */
    public boolean onSqlServer() {
        return !line.procedure().inedoDb(product);
    }

    /** How the lab's nodes are reached, as the profile says. */
    public enum NodeKind {
        WINDOWS, DOCKER;

        public static NodeKind fromId(String text) {
            for (NodeKind kind : values()) {
                if (kind.name().equalsIgnoreCase(text.strip())) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("unknown kind of node '" + text + "': expected windows or docker");
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What a lab Otter node answers at {@code /health}. */
    public enum OtterHealth {
        JSON, NOT_FOUND;

        public static OtterHealth fromId(String text) {
            String id = text.strip();
            if (id.equalsIgnoreCase("json")) {
                return JSON;
            }
            if (id.equals("404") || id.equalsIgnoreCase("none")) {
                return NOT_FOUND;
            }
            throw new IllegalArgumentException("unknown Otter health answer '" + text + "': expected json or 404");
        }
    }
}
