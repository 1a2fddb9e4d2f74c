package org.clusterwright.database;

import org.clusterwright.check.Check;
import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;
import org.clusterwright.profile.HttpUrls;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Opens a plain TCP connection to the database port before any driver is involved, so "the port is closed" and
 * "the port is open but the server misbehaves" are told apart. For a PostgreSQL host list each host gets its share
 * of the budget, so the whole list still fits in one deadline.
 */
final class DbTcpCheck implements Check {
    static final CheckId ID = CheckId.of("db.tcp");

    private record Endpoint(String host, int port) {
        @Override
        public String toString() {
            return HttpUrls.authority(host, port);
        }
    }

    private final ProbeTarget target;

    DbTcpCheck(ProbeTarget target) {
        this.target = target;
    }

    @Override
    public CheckId id() {
        return ID;
    }

    @Override
    public Set<CheckId> requires() {
        return target.needsBrowser() ? Set.of(DbResolveCheck.ID, DbBrowserCheck.ID) : Set.of(DbResolveCheck.ID);
    }

    @Override
    public Outcome run(CheckContext context) throws IOException {
        List<Endpoint> endpoints = endpoints(context);
        int share = (int) Math.max(100, ProbeBudget.of(context.deadline()).millis() / endpoints.size());
        List<String> open = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            InetAddress address = context.get(ProbeKeys.ADDRESSES).map(all -> all.get(endpoint.host()))
                    .filter(list -> !list.isEmpty()).map(list -> list.get(0)).orElse(null);
            String problem = address == null ? "does not resolve" : connect(address, endpoint.port(), share);
            if (problem == null) {
                open.add(endpoint.toString());
            } else {
                problems.add(endpoint + " " + problem);
            }
        }
        if (problems.isEmpty()) {
            return Outcome.pass(String.join(", ", open) + " accept" + (open.size() == 1 ? "s" : "")
                    + " TCP connections.").withEvidence("open", String.join(" ", open));
        }
        String remedy = "Check that the database service is running and listening on that port, and that firewalls"
                + " between this machine (and every cluster node) and the server allow it.";
        Outcome outcome = open.isEmpty() ? Outcome.fail(String.join("; ", problems) + ".", remedy)
                : Outcome.warn("Some hosts of the list cannot be reached: " + String.join("; ", problems)
                + ". The driver will use " + open.get(0) + ".", remedy);
        return outcome.withEvidence("open", String.join(" ", open))
                .withEvidence("unreachable", String.join("; ", problems));
    }

    private List<Endpoint> endpoints(CheckContext context) {
        if (target.postgres().isPresent()) {
            return target.postgres().get().endpoints().stream()
                    .map(endpoint -> new Endpoint(endpoint.host(), endpoint.port())).toList();
        }
        SqlServerConnectionString sql = target.sqlServer().orElseThrow();
        int port = context.get(ProbeKeys.BROWSER_PORT).orElse(sql.port().orElse(SqlServerConnectionString.DEFAULT_PORT));
        return List.of(new Endpoint(sql.host(), port));
    }

    /** Null when the port accepted the connection, else what went wrong in a few words. */
    private static String connect(InetAddress address, int port, int timeoutMillis) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), timeoutMillis);
            return null;
        } catch (SocketTimeoutException e) {
            return "did not answer within " + timeoutMillis + " ms (a firewall dropping packets, or the host is down)";
        } catch (ConnectException e) {
            return "refused the connection (nothing listens on that port)";
        } catch (NoRouteToHostException e) {
            return "has no route from this machine";
        }
    }
}
