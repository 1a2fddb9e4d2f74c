package org.clusterwright.database.tds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.microsoft.sqlserver.jdbc.SQLServerException;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.clusterwright.database.tds.QueryResult.Type;
import org.clusterwright.database.tds.TdsResponder.Encryption;
import org.clusterwright.database.tds.TdsResponder.Mode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Drives {@link TdsResponder} with the real mssql-jdbc driver, the way the product's SQL Server probe will. */
@Timeout(30)
class TdsResponderTest {
    private static final String USER = "clusterwright";
    private static final String PASSWORD = "S3cret-pässword";
    private static final String DATABASE = "ProGet";

    @TempDir
    static Path temp;
    /** Valid for "localhost", the name the TLS tests connect with. */
    private static TestCertificates.Identity localhost;
    /** Names "wrong.example" only, in CN and SAN. */
    private static TestCertificates.Identity wrongName;

    private final List<TdsResponder> responders = new ArrayList<>();

    @BeforeAll
    static void makeCertificates() {
        localhost = TestCertificates.selfSigned("localhost", "localhost");
        wrongName = TestCertificates.selfSigned("wrong.example", "wrong.example");
    }

    @AfterEach
    void closeResponders() {
        for (TdsResponder responder : responders) {
            responder.close();
            assertThat(responder.failures()).as("problems on the responder's side").isEmpty();
        }
    }

    @Test
    void logsInWithoutEncryptionAndRecordsTheLogin() throws Exception {
        TdsResponder responder = start(base());
        Properties props = props(false);
        props.setProperty("applicationName", "Clusterwright probe");
        props.setProperty("workstationID", "probe-host");

        try (Connection connection = DriverManager.getConnection(responder.jdbcUrl(), props)) {
            assertThat(connection.getCatalog()).isEqualTo(DATABASE);
            assertThat(connection.getMetaData().getDatabaseProductVersion()).isEqualTo("16.00.1000");
            assertThat(connection.isValid(2)).isTrue();
            connection.setAutoCommit(false);
            connection.commit();
        }

        assertThat(responder.logins()).singleElement().satisfies(login -> {
            assertThat(login.accepted()).isTrue();
            assertThat(login.encryption()).isEqualTo(Encryption.NONE);
            assertThat(login.request().userName()).isEqualTo(USER);
            assertThat(login.request().password()).isEqualTo(PASSWORD);
            assertThat(login.request().database()).isEqualTo(DATABASE);
            assertThat(login.request().appName()).isEqualTo("Clusterwright probe");
            assertThat(login.request().hostName()).isEqualTo("probe-host");
            assertThat(login.request().serverName()).isEqualTo("127.0.0.1");
            assertThat(login.request().tdsVersion()).isEqualTo(0x74000004);
            assertThat(login.request().toString()).doesNotContain(PASSWORD);
        });
    }

    @Test
    void answersSelectVersionThroughAResultSet() throws Exception {
        TdsResponder responder = start(base());
        try (Connection connection = connect(responder, props(false));
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT @@VERSION")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).startsWith("Microsoft SQL Server 2022").contains("16.0.1000");
            assertThat(rows.next()).isFalse();
        }
        assertThat(responder.queries()).containsExactly("SELECT @@VERSION");
    }

    @Test
    void sendsEachColumnTypeWithNulls() throws Exception {
        QueryResult table = QueryResult.rows(
                List.of(QueryResult.column("name", Type.NVARCHAR), QueryResult.column("nodes", Type.INT),
                        QueryResult.column("primary", Type.BIT), QueryResult.column("bytes", Type.BIGINT)),
                List.of(List.of("proget-1 ✓", 3, true, 5_000_000_000L), Arrays.asList(null, null, null, null)));
        TdsResponder responder = start(base().queryHandler(QueryHandler.when("SELECT * FROM nodes", table)));

        try (Connection connection = connect(responder, props(false));
             ResultSet rows = connection.createStatement().executeQuery("select *  from nodes;")) {
            ResultSetMetaData meta = rows.getMetaData();
            assertThat(IntStream.rangeClosed(1, 4).mapToObj(i -> columnType(meta, i)))
                    .containsExactly(Types.NVARCHAR, Types.INTEGER, Types.BIT, Types.BIGINT);
            assertThat(meta.getColumnName(2)).isEqualTo("nodes");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString("name")).isEqualTo("proget-1 ✓");
            assertThat(rows.getInt("nodes")).isEqualTo(3);
            assertThat(rows.getBoolean("primary")).isTrue();
            assertThat(rows.getLong("bytes")).isEqualTo(5_000_000_000L);
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isNull();
            assertThat(rows.getObject(2)).isNull();
            assertThat(rows.getObject(3)).isNull();
            assertThat(rows.getObject(4)).isNull();
            assertThat(rows.next()).isFalse();
        }
    }

    @Test
    void reportsServerErrorsForUnknownObjectsAndStaysUsable() throws Exception {
        TdsResponder responder = start(base().queryHandler(sql -> sql.contains("Secret")
                ? QueryResult.error(229, 5, 14, "The SELECT permission was denied on the object 'Secret'.")
                : null));
        try (Connection connection = connect(responder, props(false));
             Statement statement = connection.createStatement()) {
            SQLException missing = sqlFailure(() -> statement.executeQuery("SELECT Name FROM dbo.Feeds"));
            assertThat(missing.getErrorCode()).isEqualTo(208);
            assertThat(missing.getMessage()).contains("Invalid object name 'dbo.Feeds'.");

            SQLException denied = sqlFailure(() -> statement.executeQuery("SELECT * FROM Secret"));
            assertThat(denied.getErrorCode()).isEqualTo(229);

            SQLException noProcedure = sqlFailure(() -> statement.execute("EXEC dbo.NoSuchProc"));
            assertThat(noProcedure.getErrorCode()).isEqualTo(2812);
            assertThat(noProcedure.getMessage()).contains("'dbo.NoSuchProc'");

            try (ResultSet rows = statement.executeQuery("SELECT 1")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void runsPreparedStatementsWithoutParametersThroughEachProcedure() throws Exception {
        TdsResponder responder = start(base());
        try (Connection connection = connect(responder, props(false));
             PreparedStatement statement = connection.prepareStatement("SELECT 42 AS answer")) {
            // first run: sp_executesql; second: sp_prepexec, which returns a handle; third: sp_execute
            for (int run = 1; run <= 3; run++) {
                try (ResultSet rows = statement.executeQuery()) {
                    assertThat(rows.next()).as("run %d", run).isTrue();
                    assertThat(rows.getInt("answer")).isEqualTo(42);
                    assertThat(rows.next()).isFalse();
                }
            }
            try (PreparedStatement missing = connection.prepareStatement("SELECT x FROM nowhere")) {
                assertThatThrownBy(missing::executeQuery).isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(208));
            }
        }
        assertThat(responder.queries()).containsExactly("SELECT 42 AS answer", "SELECT 42 AS answer",
                "SELECT 42 AS answer", "SELECT x FROM nowhere");
    }

    @Test
    void rejectsPreparedStatementParametersWithAClearError() throws Exception {
        TdsResponder responder = start(base());
        try (Connection connection = connect(responder, props(false));
             PreparedStatement statement = connection.prepareStatement("SELECT ?")) {
            statement.setString(1, "x");
            assertThatThrownBy(statement::executeQuery).isInstanceOf(SQLException.class)
                    .hasMessageContaining("TdsResponder does not support PreparedStatement parameters");
        }
    }

    @Test
    void acknowledgesACancelAndKeepsTheConnection() throws Exception {
        // big enough that the driver has not read the whole answer when the test cancels
        Object[] names = IntStream.range(0, 5000).mapToObj(i -> "feed-" + i + "-".repeat(40)).toArray();
        TdsResponder responder = start(base().queryHandler(
                QueryHandler.when("SELECT name FROM feeds", QueryResult.rows(QueryResult.column("name", Type.NVARCHAR),
                        names))));
        try (Connection connection = connect(responder, props(false))) {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT name FROM feeds")) {
                assertThat(rows.next()).isTrue();
                statement.cancel();
                assertThatThrownBy(() -> {
                    while (rows.next()) {
                        rows.getString(1);
                    }
                }).isInstanceOf(SQLException.class).hasMessageContaining("canceled");
            }
            try (ResultSet rows = connection.createStatement().executeQuery("SELECT 7")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(7);
            }
        }
    }

    @Test
    void wrongPasswordFailsWith18456() throws Exception {
        TdsResponder responder = start(base());
        Properties props = props(false);
        props.setProperty("password", "not-the-password");

        SQLException failure = connectFailure(responder.jdbcUrl(), props);

        assertThat(failure.getErrorCode()).isEqualTo(18456);
        assertThat(failure.getSQLState()).isEqualTo("S0001");
        assertThat(failure.getMessage()).contains("Login failed for user '" + USER + "'.");
        assertThat(responder.logins()).singleElement().satisfies(login -> assertThat(login.accepted()).isFalse());
    }

    @Test
    void unknownUserFailsWithTheGivenState() throws Exception {
        TdsResponder responder = start(base().loginFailureState(8));
        Properties props = props(false);
        props.setProperty("user", "sa");

        SQLException failure = connectFailure(responder.jdbcUrl(), props);

        assertThat(failure.getErrorCode()).isEqualTo(18456);
        assertThat(failure.getMessage()).contains("Login failed for user 'sa'.");
        assertThat((Throwable) failure).isInstanceOfSatisfying(SQLServerException.class, e -> {
            assertThat(e.getSQLServerError().getErrorState()).isEqualTo(8);
            assertThat(e.getSQLServerError().getErrorSeverity()).isEqualTo(14);
        });
    }

    @Test
    void unknownDatabaseFailsWith4060() throws Exception {
        TdsResponder responder = start(base());
        Properties props = props(false);
        props.setProperty("databaseName", "BuildMaster");

        SQLException failure = connectFailure(responder.jdbcUrl(), props);

        assertThat(failure.getErrorCode()).isEqualTo(4060);
        assertThat(failure.getMessage())
                .contains("Cannot open database \"BuildMaster\" requested by the login. The login failed.");
        SQLException next = failure.getNextException();
        assertThat((Throwable) next).isNotNull();
        assertThat(next.getErrorCode()).isEqualTo(18456);
    }

    @Test
    void encryptsFullyWhenAskedAndTrustingTheCertificate() throws Exception {
        TdsResponder responder = start(base().mode(Mode.TLS).keyStore(wrongName.keyStore(), wrongName.password()));
        Properties props = props(true);
        props.setProperty("trustServerCertificate", "true");

        assertThat(selectOne(localhostUrl(responder), props)).isEqualTo(1);
        assertThat(responder.logins()).singleElement()
                .satisfies(login -> assertThat(login.encryption()).isEqualTo(Encryption.FULL));
    }

    @Test
    void encryptsOnlyTheLoginWhenTheClientDoesNotAskForEncryption() throws Exception {
        TdsResponder responder = start(base().mode(Mode.TLS).keyStore(localhost.keyStore(), localhost.password()));

        assertThat(selectOne(localhostUrl(responder), props(false))).isEqualTo(1);
        assertThat(responder.logins()).singleElement().satisfies(login -> {
            assertThat(login.encryption()).isEqualTo(Encryption.LOGIN_ONLY);
            assertThat(login.request().password()).isEqualTo(PASSWORD);
        });
    }

    @Test
    void forcedEncryptionEncryptsEvenWhenTheClientDoesNotAsk() throws Exception {
        TdsResponder responder = start(
                base().mode(Mode.TLS_REQUIRED).keyStore(localhost.keyStore(), localhost.password()));
        Properties props = props(false);
        props.setProperty("trustServerCertificate", "true");

        assertThat(selectOne(localhostUrl(responder), props)).isEqualTo(1);
        assertThat(responder.logins()).singleElement()
                .satisfies(login -> assertThat(login.encryption()).isEqualTo(Encryption.FULL));
    }

    @Test
    void validatesATrustedCertificateWithTheRightName() throws Exception {
        TdsResponder responder = start(base().mode(Mode.TLS).keyStore(localhost.keyStore(), localhost.password()));

        assertThat(selectOne(localhostUrl(responder), trusting(localhost, "localhost-trust.p12"))).isEqualTo(1);
    }

    @Test
    void selfSignedCertificateFailsPkixValidation() throws Exception {
        TdsResponder responder = start(base().mode(Mode.TLS).keyStore(localhost.keyStore(), localhost.password()));
        Properties props = props(true);
        props.setProperty("trustServerCertificate", "false");

        SQLException failure = connectFailure(localhostUrl(responder), props);

        assertThat(failure.getSQLState()).isEqualTo("08S01");
        assertThat(failure.getMessage()).contains("PKIX path building failed");
    }

    @Test
    void trustedCertificateForAnotherNameFailsNamingBothNames() throws Exception {
        TdsResponder responder = start(base().mode(Mode.TLS).keyStore(wrongName.keyStore(), wrongName.password()));

        SQLException failure = connectFailure(localhostUrl(responder), trusting(wrongName, "wrong-trust.p12"));

        assertThat(failure.getMessage()).contains("\"localhost\"").contains("\"wrong.example\"");
    }

    @Test
    void encryptionRequestedFromAServerWithoutTlsFails() throws Exception {
        TdsResponder responder = start(base());
        Properties props = props(true);
        props.setProperty("trustServerCertificate", "true");

        SQLException failure = connectFailure(responder.jdbcUrl(), props);

        assertThat(failure.getSQLState()).isEqualTo("08S01");
        assertThat(responder.logins()).isEmpty();
    }

    @Test
    void strictEncryptionSpeaksTds8() throws Exception {
        TdsResponder responder = start(base().mode(Mode.TLS).keyStore(localhost.keyStore(), localhost.password()));
        Properties props = trusting(localhost, "strict-trust.p12");
        props.setProperty("encrypt", "strict");

        assertThat(selectOne(localhostUrl(responder), props)).isEqualTo(1);
        assertThat(responder.logins()).singleElement().satisfies(login -> {
            assertThat(login.encryption()).isEqualTo(Encryption.STRICT);
            assertThat(login.request().tdsVersion()).isEqualTo(0x08000000);
        });
    }

    @Test
    void strictEncryptionAgainstAServerWithoutTlsFailsPromptly() throws Exception {
        TdsResponder responder = start(base());
        Properties props = props(false);
        props.setProperty("encrypt", "strict");

        long started = System.nanoTime();
        SQLException failure = connectFailure(responder.jdbcUrl(), props);

        assertThat(failure.getSQLState()).isEqualTo("08S01");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void blackHoleFailsWithinTheLoginTimeout() throws Exception {
        TdsResponder responder = start(base().mode(Mode.BLACK_HOLE));
        Properties props = props(false);
        props.setProperty("loginTimeout", "2");

        long started = System.nanoTime();
        SQLException failure = connectFailure(responder.jdbcUrl(), props);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        assertThat(elapsed).isLessThan(Duration.ofSeconds(10));
        assertThat(failure.getSQLState()).isEqualTo("08S01");
        assertThat(responder.acceptedConnections()).isPositive();
    }

    @Test
    void nothingListeningFailsAtOnce() {
        long started = System.nanoTime();
        SQLException failure = connectFailure("jdbc:sqlserver://127.0.0.1:" + TdsResponder.unusedPort(), props(false));

        assertThat(failure.getSQLState()).isEqualTo("08S01");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    // --- helpers ---

    private TdsResponder.Builder base() {
        return TdsResponder.builder().login(USER, PASSWORD).database(DATABASE);
    }

    private TdsResponder start(TdsResponder.Builder builder) throws IOException {
        TdsResponder responder = builder.start();
        responders.add(responder);
        return responder;
    }

    /** Always bounded: the driver's defaults are 30 s to log in and no limit on reads. */
    private static Properties props(boolean encrypt) {
        Properties props = new Properties();
        props.setProperty("user", USER);
        props.setProperty("password", PASSWORD);
        props.setProperty("databaseName", DATABASE);
        props.setProperty("encrypt", Boolean.toString(encrypt));
        props.setProperty("loginTimeout", "5");
        props.setProperty("socketTimeout", "5000");
        return props;
    }

    /** Full encryption with certificate validation against a trust store holding only {@code identity}. */
    private static Properties trusting(TestCertificates.Identity identity, String file) throws IOException {
        Properties props = props(true);
        props.setProperty("trustServerCertificate", "false");
        props.setProperty("trustStore", identity.writeTrustStore(temp.resolve(file)).toString());
        props.setProperty("trustStorePassword", new String(identity.password()));
        props.setProperty("trustStoreType", "PKCS12");
        return props;
    }

    /** TLS tests connect by name, so that the driver has a host name to check against the certificate. */
    private static String localhostUrl(TdsResponder responder) {
        return "jdbc:sqlserver://localhost:" + responder.port();
    }

    private static Connection connect(TdsResponder responder, Properties props) throws SQLException {
        return DriverManager.getConnection(responder.jdbcUrl(), props);
    }

    private static int selectOne(String url, Properties props) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, props);
             ResultSet rows = connection.createStatement().executeQuery("SELECT 1")) {
            assertThat(rows.next()).isTrue();
            return rows.getInt(1);
        }
    }

    private static SQLException connectFailure(String url, Properties props) {
        return sqlFailure(() -> DriverManager.getConnection(url, props).close());
    }

    private static SQLException sqlFailure(ThrowingCallable call) {
        SQLException failure = catchThrowableOfType(SQLException.class, call);
        assertThat((Throwable) failure).as("expected an SQLException").isNotNull();
        return failure;
    }

    private static int columnType(ResultSetMetaData meta, int column) {
        try {
            return meta.getColumnType(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
