package org.clusterwright.database;

import org.clusterwright.check.Check;
import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Resolves the database server's name, as every node must; for a PostgreSQL host list, every name in it. */
final class DbResolveCheck implements Check {
    static final CheckId ID = CheckId.of("db.resolve");

    private final ProbeTarget target;

    DbResolveCheck(ProbeTarget target) {
        this.target = target;
    }

    @Override
    public CheckId id() {
        return ID;
    }

    @Override
    public Set<CheckId> requires() {
        return Set.of(ConnectionStringCheck.ID);
    }

    @Override
    public Outcome run(CheckContext context) {
        Map<String, List<InetAddress>> resolved = new LinkedHashMap<>();
        List<String> unresolved = new ArrayList<>();
        for (String host : target.hosts()) {
            try {
                resolved.put(host, Arrays.asList(InetAddress.getAllByName(host)));
            } catch (UnknownHostException e) {
                unresolved.add(host);
            }
        }
        context.put(ProbeKeys.ADDRESSES, Map.copyOf(resolved));
        String shown = resolved.entrySet().stream()
                .map(e -> (resolved.size() > 1 ? e.getKey() + "=" : "") + addresses(e.getValue()))
                .collect(Collectors.joining("; "));
        if (unresolved.isEmpty()) {
            String names = String.join(", ", resolved.keySet());
            return Outcome.pass(names + " resolves to " + shown + ".")
                    .withEvidence("host", names).withEvidence("addresses", shown);
        }
        String remedy = "Check the spelling of the server in the connection string, or add the name to DNS; every"
                + " cluster node must resolve it the same way.";
        Outcome outcome = resolved.isEmpty()
                ? Outcome.fail("The database server " + String.join(", ", unresolved)
                + " does not resolve from this machine.", remedy)
                : Outcome.warn("Some hosts of the list do not resolve: " + String.join(", ", unresolved)
                + "; the driver will use the others.", remedy);
        return outcome.withEvidence("host", String.join(", ", target.hosts()))
                .withEvidence("unresolved", String.join(", ", unresolved))
                .withEvidence("addresses", shown);
    }

    private static String addresses(List<InetAddress> all) {
        return all.stream().map(InetAddress::getHostAddress).distinct().collect(Collectors.joining(" "));
    }
}
