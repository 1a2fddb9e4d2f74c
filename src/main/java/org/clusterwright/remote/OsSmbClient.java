package org.clusterwright.remote;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The operating system's own SMB client. On Windows a UNC path opened with the OS's file API logs in as the user
 * logged on here (Kerberos in a domain, without a password being asked), which is what an administrator at a
 * domain-joined workstation expects when no password is given. Elsewhere there is none Clusterwright uses
 * (Linux has no CIFS mount here, macOS needs a mount first), and SMBJ with an account and password is the way.
 */
public interface OsSmbClient {

    /** The folder {@code \\host\share\folder} as a path of the OS's file API; empty when this OS offers none. */
    Optional<Path> folder(String host, String share, String folder);

    /** Who the OS's client logs in as, {@code CORP\admin}, for the claims a result makes. */
    String loggedOnUser();

    static OsSmbClient forThisMachine() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return windows ? windows(System::getenv) : none();
    }

    /** Windows: UNC paths through java.nio, as the session's user (USERDOMAIN\USERNAME). */
    static OsSmbClient windows(Function<String, String> environment) {
        return new OsSmbClient() {
            @Override
            public Optional<Path> folder(String host, String share, String folder) {
                String unc = "\\\\" + host + "\\" + share + (folder.isEmpty() ? "" : "\\" + folder);
                return Optional.of(Path.of(unc));
            }

            @Override
            public String loggedOnUser() {
                String domain = environment.apply("USERDOMAIN");
                String user = environment.apply("USERNAME");
                return (domain == null || domain.isBlank() ? "" : domain + "\\") + (user == null ? "?" : user);
            }
        };
    }

    /** No OS client: every SMB path goes through SMBJ with an account and password. */
    static OsSmbClient none() {
        return new OsSmbClient() {
            @Override
            public Optional<Path> folder(String host, String share, String folder) {
                return Optional.empty();
            }

            @Override
            public String loggedOnUser() {
                return System.getProperty("user.name", "?");
            }
        };
    }
}
