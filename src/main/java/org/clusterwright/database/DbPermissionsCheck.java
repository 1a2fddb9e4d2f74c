package org.clusterwright.database;

import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The product's login may change the schema: on SQL Server the release line says whether db_owner is needed (2025+:
 * schema updates run when the service starts) or {@code <Product>User_Role} is enough; PostgreSQL needs the
 * database's owner.
 */
final class DbPermissionsCheck extends SessionCheck {
    static final CheckId ID = CheckId.of("db.permissions");

    DbPermissionsCheck(ProbeTarget target, boolean closesSession) {
        super(target, closesSession);
    }

    @Override
    public CheckId id() {
        return ID;
    }

    /** The query for the SQL Server role check of {@code productRole}; exposed so tests answer the exact text. */
    static String sqlServerQuery(String productRole) {
        return "SELECT IS_ROLEMEMBER('db_owner') AS db_owner, IS_ROLEMEMBER('" + productRole + "') AS product_role,"
                + " IS_SRVROLEMEMBER('sysadmin') AS sysadmin";
    }

    static final String POSTGRES_QUERY = "SELECT pg_has_role(current_user, d.datdba, 'MEMBER') AS owner,"
            + " COALESCE((SELECT has_schema_privilege(current_user, n.oid, 'CREATE') FROM pg_namespace n"
            + " WHERE n.nspname = 'public'), false) AS create_in_public,"
            + " has_database_privilege(current_user, d.datname, 'CREATE') AS create_schemas,"
            + " r.rolsuper AS superuser, pg_get_userbyid(d.datdba) AS owner_name, current_user AS user_name"
            + " FROM pg_database d JOIN pg_roles r ON r.rolname = current_user WHERE d.datname = current_database()";

    @Override
    protected Outcome ask(Connection connection, CheckContext context) throws SQLException {
        return target.sqlServer().isPresent() ? sqlServer(connection) : postgres(connection);
    }

    private Outcome sqlServer(Connection connection) throws SQLException {
        String role = target.product().displayName() + "User_Role";
        QueryRow row = QueryRow.first(connection, sqlServerQuery(role)).orElseThrow();
        boolean owner = row.flag(0);
        boolean productRole = row.flag(1);
        boolean sysadmin = row.flag(2);
        boolean roleSuffices = target.versionLine().procedure().sqlServerRights().productRoleSuffices();
        String grant = "ALTER ROLE [db_owner] ADD MEMBER [<the product's user>] in the product's database.";
        Outcome outcome;
        if (sysadmin) {
            outcome = Outcome.warn("The product's login is a sysadmin: far more than the db_owner it needs.",
                    "Give the product a login of its own that is db_owner of its database only; a sysadmin login"
                            + " on every node exposes the whole server.");
        } else if (owner || (roleSuffices && productRole)) {
            outcome = Outcome.pass("The login is " + (owner ? "db_owner" : "a member of " + role)
                    + ", which " + target.product() + " " + target.versionLine().displayName() + " needs.");
        } else if (productRole) {
            outcome = Outcome.fail("The login is only a member of " + role + ", which was enough up to 2024; "
                    + target.product() + " 2025 and newer needs db_owner (schema updates run when the service"
                    + " starts).", grant);
        } else {
            outcome = Outcome.fail("The login is neither db_owner" + (roleSuffices ? " nor a member of " + role : "")
                    + " in this database, so the product cannot create or update its schema.", grant);
        }
        return outcome.withEvidence("dbOwner", owner).withEvidence("productRole", role + (row.values().get(1) == null
                ? " (no such role)" : "=" + productRole)).withEvidence("sysadmin", sysadmin);
    }

    private Outcome postgres(Connection connection) throws SQLException {
        QueryRow row = QueryRow.first(connection, POSTGRES_QUERY).orElseThrow();
        boolean owner = row.flag(0);
        boolean createInPublic = row.flag(1);
        boolean superuser = row.flag(3);
        String ownerName = row.text(4);
        String user = row.text(5);
        String fix = "ALTER DATABASE \"<database>\" OWNER TO \"" + user + "\"; Inedo asks for the product's user to"
                + " own its database.";
        Outcome outcome;
        if (superuser) {
            outcome = Outcome.warn("The product's user " + user + " is a superuser: far more than the database"
                    + " ownership it needs.", "Give the product a role of its own that owns its database only.");
        } else if (owner) {
            outcome = Outcome.pass(user + " owns the database" + (ownerName.equals(user) ? "" : " (as a member of "
                    + ownerName + ")") + ".");
        } else if (createInPublic) {
            outcome = Outcome.warn(user + " can create tables in schema public but does not own the database ("
                    + ownerName + " does); schema updates that alter existing objects may fail.", fix);
        } else {
            outcome = Outcome.fail(user + " neither owns the database (" + ownerName + " does) nor may create"
                    + " tables in schema public, so the product cannot create its schema.", fix);
        }
        return outcome.withEvidence("owner", owner).withEvidence("ownerName", ownerName)
                .withEvidence("createInPublic", createInPublic).withEvidence("createSchemas", row.flag(2))
                .withEvidence("superuser", superuser);
    }
}
