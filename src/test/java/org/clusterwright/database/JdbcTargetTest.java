package org.clusterwright.database;

import org.clusterwright.profile.DatabaseKind;
import org.clusterwright.secrets.Secret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterwright.profile.DatabaseKind.POSTGRESQL;
import static org.clusterwright.profile.DatabaseKind.SQL_SERVER;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Translation to the JDBC URL and properties Clusterwright uses to test the product's database. */
class JdbcTargetTest {

    static Stream<Arguments> translations() {
        return Stream.of(
                arguments(SQL_SERVER, "Data Source=inedo-sql; Initial Catalog=ProGet; User ID=sa; Password=Pa55word",
                        "jdbc:sqlserver://inedo-sql:1433;databaseName=ProGet;encrypt=true;trustServerCertificate=false;"
                                + "loginTimeout=15",
                        Map.of("user", "sa", "password", "Pa55word")),
                arguments(SQL_SERVER, "Data Source=SQLCLUSTER\\INEDO;Initial Catalog=ProGet;Integrated Security=True;"
                                + "Max Pool Size=200",
                        "jdbc:sqlserver://SQLCLUSTER\\INEDO;databaseName=ProGet;encrypt=true;trustServerCertificate=false;"
                                + "loginTimeout=15;integratedSecurity=true",
                        Map.of()),
                arguments(SQL_SERVER, "Data Source=sql02\\PROD,1500;Initial Catalog=ProGet;User ID=pg;Password=pw",
                        "jdbc:sqlserver://sql02\\PROD:1500;databaseName=ProGet;encrypt=true;trustServerCertificate=false;"
                                + "loginTimeout=15",
                        Map.of("user", "pg", "password", "pw")),
                arguments(SQL_SERVER, "Server=tcp:inedo-prod.database.windows.net,1433; DataBase=ProGetDb;"
                                + " Persist Security Info=False; User ID=proget_app; Password=Az!ure2024;"
                                + " MultipleActiveResultSets=False; Encrypt=True;TrustServerCertificate=False;"
                                + " Connection Timeout=30;",
                        "jdbc:sqlserver://inedo-prod.database.windows.net:1433;databaseName=ProGetDb;encrypt=true;"
                                + "trustServerCertificate=false;loginTimeout=30",
                        Map.of("user", "proget_app", "password", "Az!ure2024")),
                arguments(SQL_SERVER, "Data Source=sql04;Database=ProGet;User ID=pg;Password=pw;Encrypt=optional;"
                                + "TrustServerCertificate=yes",
                        "jdbc:sqlserver://sql04:1433;databaseName=ProGet;encrypt=false;trustServerCertificate=true;"
                                + "loginTimeout=15",
                        Map.of("user", "pg", "password", "pw")),
                arguments(SQL_SERVER, "Data Source=sql12;Initial Catalog=ProGet;User ID=pg;Password=pw;Encrypt=strict;"
                                + "Host Name In Certificate=sql.corp.example;Connect Timeout=0",
                        "jdbc:sqlserver://sql12:1433;databaseName=ProGet;encrypt=strict;trustServerCertificate=false;"
                                + "hostNameInCertificate=sql.corp.example",
                        Map.of("user", "pg", "password", "pw")),
                arguments(SQL_SERVER, "Server=ag-listener.corp;Database='Pro;Get';User ID=pg;Password=pw;"
                                + "MultiSubnetFailover=True;ApplicationIntent=ReadOnly;Application Name='Node {1}'",
                        "jdbc:sqlserver://ag-listener.corp:1433;databaseName={Pro;Get};encrypt=true;"
                                + "trustServerCertificate=false;loginTimeout=15;multiSubnetFailover=true;"
                                + "applicationIntent=ReadOnly;applicationName={Node {1}}}",
                        Map.of("user", "pg", "password", "pw")),
                arguments(SQL_SERVER, "Data Source=[fe80::1],1533;Initial Catalog=ProGet;User ID=u;Password=pw",
                        "jdbc:sqlserver://;serverName=fe80::1;portNumber=1533;databaseName=ProGet;encrypt=true;"
                                + "trustServerCertificate=false;loginTimeout=15",
                        Map.of("user", "u", "password", "pw")),
                arguments(SQL_SERVER, "Data Source=sqlA;Failover Partner=sqlB;Initial Catalog=ProGet;User ID=pg;"
                                + "Password=pw",
                        "jdbc:sqlserver://sqlA:1433;databaseName=ProGet;encrypt=true;trustServerCertificate=false;"
                                + "loginTimeout=15;failoverPartner=sqlB",
                        Map.of("user", "pg", "password", "pw")),
                arguments(SQL_SERVER, "Data Source=sql14;Initial Catalog=ProGet;Integrated Security=SSPI;User ID=sa;"
                                + "Password=ignored",
                        "jdbc:sqlserver://sql14:1433;databaseName=ProGet;encrypt=true;trustServerCertificate=false;"
                                + "loginTimeout=15;integratedSecurity=true",
                        Map.of()),
                arguments(POSTGRESQL, "Server=myserver.corp;Port=5432;Database=myDataBase;User Id=myUsername;"
                                + "Password=myPassword;",
                        "jdbc:postgresql://myserver.corp:5432/myDataBase",
                        Map.of("user", "myUsername", "password", "myPassword", "sslmode", "prefer",
                                "connectTimeout", "15")),
                arguments(POSTGRESQL, "Host=db1,db2:5433;Port=6000;Database=proget;Username=u;Password=pw;Timeout=5",
                        "jdbc:postgresql://db1:6000,db2:5433/proget",
                        Map.of("user", "u", "password", "pw", "sslmode", "prefer", "connectTimeout", "5")),
                arguments(POSTGRESQL, "Host=[2001:db8::5]:5433;Database=My DB;Username=u;Password=pw",
                        "jdbc:postgresql://[2001:db8::5]:5433/My+DB",
                        Map.of("user", "u", "password", "pw", "sslmode", "prefer", "connectTimeout", "15")),
                arguments(POSTGRESQL, "Host=inedodb;Database=proget;Username=u;Password=pw;SslMode=Require;"
                                + "Trust Server Certificate=true",
                        "jdbc:postgresql://inedodb:5432/proget",
                        Map.of("user", "u", "password", "pw", "sslmode", "require", "connectTimeout", "15",
                                "sslfactory", "org.postgresql.ssl.NonValidatingFactory")));
    }

    @ParameterizedTest
    @MethodSource("translations")
    void translatesToUrlAndProperties(DatabaseKind kind, String text, String url, Map<String, String> properties) {
        JdbcTarget target = ConnectionStringParser.parse(kind, text).value().orElseThrow().toJdbc();

        assertThat(target.url()).isEqualTo(url);
        assertThat(asMap(target.properties())).isEqualTo(properties);
        if (properties.containsKey("password")) {
            assertThat(target.url()).doesNotContain(properties.get("password"));
            assertThat(target.describeMasked()).startsWith(url + " ").contains("password=" + Secret.MASK)
                    .doesNotContain("password=" + properties.get("password"));
        }
    }

    @ParameterizedTest
    @CsvSource({"Disable, disable", "Allow, allow", "Prefer, prefer", "Require, require", "VerifyCA, verify-ca",
            "VerifyFull, verify-full", "verifyfull, verify-full"})
    void mapsEverySslMode(String npgsql, String pgjdbc) {
        JdbcTarget target = ConnectionStringParser.parse(POSTGRESQL,
                "Host=inedodb;Database=proget;Username=u;Password=pw;SSL Mode=" + npgsql).value().orElseThrow().toJdbc();

        assertThat(target.properties().getProperty("sslmode")).isEqualTo(pgjdbc);
        // certificate checks use Java's trusted roots, as a node uses its system's, not pgjdbc's root.crt file
        assertThat(target.properties().getProperty("sslfactory")).isEqualTo(pgjdbc.startsWith("verify")
                ? "org.postgresql.ssl.DefaultJavaSSLFactory" : null);
    }

    @Test
    void notesWhereTheTestDiffersFromTheProduct() {
        JdbcTarget instance = ConnectionStringParser.parse(SQL_SERVER,
                "Data Source=SQLCLUSTER\\INEDO;Initial Catalog=ProGet;Integrated Security=True").value().orElseThrow()
                .toJdbc();

        assertThat(instance.notes()).hasSize(2).anySatisfy(note -> assertThat(note).contains("UDP 1434"))
                .anySatisfy(note -> assertThat(note).contains("service account"));
    }

    @Test
    void propertiesAreACopy() {
        JdbcTarget target = ConnectionStringParser.parse(SQL_SERVER,
                "Data Source=sql01;Initial Catalog=ProGet;User ID=pg;Password=pw").value().orElseThrow().toJdbc();

        target.properties().setProperty("password", "changed");

        assertThat(target.properties().getProperty("password")).isEqualTo("pw");
    }

    private static Map<String, String> asMap(Properties properties) {
        Map<String, String> map = new java.util.HashMap<>();
        properties.stringPropertyNames().forEach(name -> map.put(name, properties.getProperty(name)));
        return map;
    }
}
