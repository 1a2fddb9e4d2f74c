package org.clusterwright.database.tds;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLContext;

/**
 * What a {@link TdsResponder} was configured with, shared read-only by its sessions.
 *
 * @param tls         null unless the mode uses TLS
 * @param credentials lower-case user name to password; empty accepts any login
 * @param databases   lower-case name to the name as configured
 * @param windows     null when the server takes no Integrated Security logins
 */
record ResponderSettings(TdsResponder.Mode mode, SSLContext tls, Map<String, String> credentials,
                         Map<String, String> databases, QueryHandler handler, ServerVersion version,
                         String serverName, int loginFailureState, WindowsLogins windows) {

    /** What SQL Server reports for this login: nothing, 18456, or 4060 followed by 18456. */
    List<QueryResult.Error> loginErrors(Login7 login) {
        QueryResult.Error loginFailed = QueryResult.error(18456, loginFailureState, 14,
                "Login failed for user '" + login.userName() + "'.");
        String expected = credentials.get(login.userName().toLowerCase(Locale.ROOT));
        if (!credentials.isEmpty() && !login.password().equals(expected)) {
            return List.of(loginFailed);
        }
        if (canonicalDatabase(login.database()) == null) {
            return List.of(QueryResult.error(4060, 1, 11, "Cannot open database \"" + login.database()
                    + "\" requested by the login. The login failed."), loginFailed);
        }
        return List.of();
    }

    /** For a Windows identity the SSPI exchange proved: does the server have a login for it, and its database? */
    List<QueryResult.Error> windowsLoginErrors(String identity, Login7 login) {
        if (!windows.knows(identity)) {
            return List.of(QueryResult.error(18456, loginFailureState, 14,
                    "Login failed for user '" + identity + "'."));
        }
        if (canonicalDatabase(login.database()) == null) {
            return List.of(QueryResult.error(4060, 1, 11, "Cannot open database \"" + login.database()
                    + "\" requested by the login. The login failed."),
                    QueryResult.error(18456, loginFailureState, 14, "Login failed for user '" + identity + "'."));
        }
        return List.of();
    }

    /** The database's name as configured (SQL Server names are case-insensitive here), or null if unknown. */
    String canonicalDatabase(String requested) {
        return databases.get((requested.isEmpty() ? "master" : requested).toLowerCase(Locale.ROOT));
    }
}
