package org.clusterwright.database;

import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A cluster of product servers on one database server still has one point of failure. Looks for what the server
 * itself can tell: Always On availability groups, a failover cluster instance or mirroring on SQL Server;
 * streaming replicas on PostgreSQL.
 */
final class DbAvailabilityCheck extends SessionCheck {
    static final CheckId ID = CheckId.of("db.availability");
    static final String SQL_SERVER_QUERY = "SELECT CONVERT(int, SERVERPROPERTY('IsHadrEnabled')) AS hadr_enabled,"
            + " CONVERT(int, SERVERPROPERTY('IsClustered')) AS clustered,"
            + " (SELECT COUNT(*) FROM sys.databases WHERE database_id = DB_ID() AND replica_id IS NOT NULL) AS in_ag,"
            + " (SELECT COUNT(*) FROM sys.database_mirroring WHERE database_id = DB_ID() AND mirroring_guid IS NOT NULL)"
            + " AS mirrored";
    /** Needs VIEW SERVER STATE, which the product's login may lack; only adds the group's name and size. */
    static final String SQL_SERVER_GROUP_QUERY = "SELECT ag.name AS group_name, COUNT(*) AS replicas"
            + " FROM sys.dm_hadr_database_replica_states s JOIN sys.availability_groups ag ON ag.group_id = s.group_id"
            + " WHERE s.database_id = DB_ID() GROUP BY ag.name";
    static final String POSTGRES_QUERY = "SELECT pg_is_in_recovery() AS standby,"
            + " (SELECT count(*) FROM pg_stat_replication) AS replicas,"
            + " (SELECT count(*) FROM pg_stat_replication WHERE sync_state IN ('sync', 'quorum')) AS sync_replicas";
    private static final String SINGLE = "A single database server is a single point of failure: when it stops,"
            + " every node of the cluster stops with it.";

    DbAvailabilityCheck(ProbeTarget target, boolean closesSession) {
        super(target, closesSession);
    }

    @Override
    public CheckId id() {
        return ID;
    }

    @Override
    protected Outcome ask(Connection connection, CheckContext context) throws SQLException {
        return target.sqlServer().isPresent() ? sqlServer(connection, target.sqlServer().get()) : postgres(connection);
    }

    private Outcome sqlServer(Connection connection, SqlServerConnectionString sql) throws SQLException {
        QueryRow row = QueryRow.first(connection, SQL_SERVER_QUERY).orElseThrow();
        boolean inGroup = row.flag(2);
        boolean clustered = row.flag(1);
        boolean mirrored = row.flag(3);
        Outcome outcome;
        if (inGroup) {
            Optional<QueryRow> group = optional(connection, SQL_SERVER_GROUP_QUERY);
            outcome = Outcome.pass("The database is in an Always On availability group" + group.map(g -> " ("
                    + g.text(0) + ", " + g.text(1) + " replicas)").orElse("") + ".");
            if (!sql.multiSubnetFailover()) {
                outcome = outcome.withDetail("Microsoft recommends MultiSubnetFailover=True when connecting through an"
                        + " availability group listener; it makes failovers reconnect faster.");
            }
            outcome = outcome.withEvidence("availabilityGroup", group.map(g -> g.text(0)).orElse("(name not visible)"));
        } else if (clustered) {
            outcome = Outcome.pass("The server is a failover cluster instance.");
        } else if (mirrored) {
            outcome = Outcome.warn("The database is protected by database mirroring, which Microsoft deprecated.",
                    (sql.failoverPartner().isPresent() ? "" : "Add Failover Partner=<mirror> to the connection string,"
                            + " or the nodes cannot follow a failover. ")
                            + "Plan a move to an Always On availability group.");
        } else {
            outcome = Outcome.warn(SINGLE, "Put the database in an Always On availability group (and connect through"
                    + " its listener with MultiSubnetFailover=True) or on a failover cluster instance, as Inedo"
                    + " recommends a database cluster for high availability.");
        }
        return outcome.withEvidence("hadrEnabled", row.flag(0)).withEvidence("clustered", clustered)
                .withEvidence("inAvailabilityGroup", inGroup).withEvidence("mirrored", mirrored);
    }

    private Outcome postgres(Connection connection) throws SQLException {
        QueryRow row = QueryRow.first(connection, POSTGRES_QUERY).orElseThrow();
        boolean standby = row.flag(0);
        long replicas = row.number(1) == null ? 0 : row.number(1);
        long synchronous = row.number(2) == null ? 0 : row.number(2);
        Outcome outcome;
        if (standby) {
            outcome = Outcome.fail("The server is a standby in recovery: read-only, so the product cannot work on"
                    + " it.", "Point the connection string at the primary server (or list the primary first).");
        } else if (replicas > 0) {
            outcome = Outcome.pass("The server streams to " + replicas + " replica(s), " + synchronous
                    + " synchronous.").withDetail("PostgreSQL does not fail over by itself: a tool must promote a"
                    + " replica, and the nodes must then reach it (a shared address, or every server in Host).");
        } else {
            outcome = Outcome.warn(SINGLE, "Set up a streaming replica with automatic failover (for example"
                    + " Patroni) and give the nodes one address that follows the primary.");
        }
        return outcome.withEvidence("standby", standby).withEvidence("replicas", replicas)
                .withEvidence("synchronousReplicas", synchronous);
    }

    /** A question some logins may not ask; a refusal only leaves the detail out. */
    private static Optional<QueryRow> optional(Connection connection, String sql) {
        try {
            return QueryRow.first(connection, sql);
        } catch (SQLException e) {
            return Optional.empty();
        }
    }
}
