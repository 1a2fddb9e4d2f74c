package org.clusterwright.database;

import org.clusterwright.check.Check;
import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;

import java.io.IOException;
import java.net.InetAddress;
import java.net.PortUnreachableException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Asks the SQL Browser for a named instance's TCP port. Only planned for {@code host\INSTANCE} without a port,
 * where every node depends on the Browser answering before each new connection.
 */
final class DbBrowserCheck implements Check {
    static final CheckId ID = CheckId.of("db.browser");

    private final ProbeTarget target;

    DbBrowserCheck(ProbeTarget target) {
        this.target = target;
    }

    @Override
    public CheckId id() {
        return ID;
    }

    @Override
    public Set<CheckId> requires() {
        return Set.of(DbResolveCheck.ID);
    }

    @Override
    public Outcome run(CheckContext context) throws IOException {
        SqlServerConnectionString sql = target.sqlServer().orElseThrow();
        String instance = sql.instance().orElseThrow();
        InetAddress address = context.get(ProbeKeys.ADDRESSES).map(all -> all.get(sql.host()))
                .filter(list -> !list.isEmpty()).map(list -> list.get(0)).orElse(InetAddress.getByName(sql.host()));
        int port = target.options().browserPort();
        ProbeBudget budget = ProbeBudget.of(context.deadline());
        String where = sql.host() + " (" + address.getHostAddress() + ") UDP " + port;
        Optional<SqlBrowser.Answer> answer;
        try {
            answer = SqlBrowser.ask(address, port, instance, budget.millis());
        } catch (PortUnreachableException e) {
            answer = Optional.empty();
        }
        if (answer.isEmpty()) {
            return Outcome.fail("The SQL Browser on " + where + " did not answer for instance " + instance
                            + " within " + budget.shown() + ".", "Start the SQL Server Browser service on "
                            + sql.host() + " and allow UDP 1434 through its firewall, check that the instance name "
                            + instance + " is right, or avoid the Browser altogether: give the instance's static"
                            + " port in the Data Source, e.g. " + sql.host() + "\\" + instance + ",1433 becomes "
                            + sql.host() + ",<port>.")
                    .withEvidence("instance", instance).withEvidence("browser", where);
        }
        SqlBrowser.Answer found = answer.get();
        Optional<Integer> tcp = found.tcpPort();
        Outcome outcome = tcp.isPresent()
                ? Outcome.pass("The SQL Browser says instance " + instance + " listens on TCP port " + tcp.get()
                + ".")
                : Outcome.fail("The SQL Browser knows instance " + instance + " but lists no TCP port for it.",
                "Enable the TCP/IP protocol for " + instance + " in SQL Server Configuration Manager and restart"
                        + " the instance; cluster nodes can only use TCP.");
        tcp.ifPresent(p -> context.put(ProbeKeys.BROWSER_PORT, p));
        return outcome.withEvidence("instance", instance).withEvidence("browser", where)
                .withEvidence("tcpPort", tcp.map(String::valueOf).orElse(""))
                .withEvidence("serverName", found.get("servername"))
                .withEvidence("version", found.get("version"))
                .withEvidence("clustered", found.get("isclustered"));
    }
}
