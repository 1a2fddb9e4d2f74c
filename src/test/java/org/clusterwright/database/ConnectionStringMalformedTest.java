package org.clusterwright.database;

import org.clusterwright.profile.DatabaseKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.clusterwright.profile.DatabaseKind.POSTGRESQL;
import static org.clusterwright.profile.DatabaseKind.SQL_SERVER;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Connection strings that must be refused. Each row names where the problem is (0-based, -1 for the string as a
 * whole) and a word the message must use, so a message that is vague or points at the wrong place fails the row.
 */
class ConnectionStringMalformedTest {

    static Stream<Arguments> malformed() {
        return Stream.of(
                arguments(SQL_SERVER, "Data Source=sql01;Initial Catalog", 18, "no '='"),
                arguments(SQL_SERVER, "Data Source=sql01;=ProGet;Integrated Security=true", 18, "no keyword"),
                arguments(SQL_SERVER, "Data Source=sql01;Password='abc;Integrated Security=true", 27, "never closed"),
                arguments(SQL_SERVER, "Data Source=sql01;User ID=u;Password=\"a\"b;Encrypt=true", 40,
                        "after the closing quote"),
                arguments(SQL_SERVER, "Data Source=sql01;Initial Catalog=ProGet;Integrated Security=maybe", 61,
                        "'Integrated Security' cannot be 'maybe'"),
                arguments(SQL_SERVER, "Data Source=sql01;Initial Catalog=ProGet;Integrated Security=true;"
                        + "Encrypt=sometimes", 74, "'Encrypt' cannot be"),
                arguments(SQL_SERVER, "Data Source=sql01;Initial Catalog=ProGet;Integrated Security=true;"
                        + "TrustServerCertificate=1", 89, "true or false"),
                arguments(SQL_SERVER, "Data Source=sql01;Initial Catalog=ProGet;Integrated Security=true;"
                        + "Connect Timeout=abc", 82, "whole number of seconds"),
                arguments(SQL_SERVER, "Data Source=sql01;Initial Catalog=ProGet;Integrated Security=true;"
                        + "Connect Timeout=-5", 82, "0 or more"),
                arguments(SQL_SERVER, "Data Source=sql01,99999;Initial Catalog=ProGet;Integrated Security=true", 18,
                        "port"),
                arguments(SQL_SERVER, "Data Source=sql01, abc;Initial Catalog=ProGet;Integrated Security=true", 18,
                        "'abc'"),
                arguments(SQL_SERVER, "Data Source=np:\\\\sql01\\pipe\\sql\\query;Initial Catalog=ProGet;"
                        + "Integrated Security=true", 12, "named pipes"),
                arguments(SQL_SERVER, "Data Source=lpc:sql01;Initial Catalog=ProGet;Integrated Security=true", 12,
                        "shared memory"),
                arguments(SQL_SERVER, "Data Source=sql01:1433;Initial Catalog=ProGet;Integrated Security=true", 12,
                        "comma"),
                arguments(SQL_SERVER, "Data Source=tcp:sql01\\;Initial Catalog=ProGet;Integrated Security=true", 22,
                        "instance name"),
                arguments(SQL_SERVER, "Data Source=(localdb)\\MSSQLLocalDB;Initial Catalog=ProGet;"
                        + "Integrated Security=true", 12, "LocalDB"),
                arguments(SQL_SERVER, "Initial Catalog=ProGet;Integrated Security=true", -1, "Data Source"),
                arguments(SQL_SERVER, "Data Source=sql01;Initial Catalog=ProGet;Password=pw1234", 41, "no User ID"),
                arguments(SQL_SERVER, "Data Source=sql01;Initial Catalog=ProGet", -1, "no way to log in"),
                arguments(SQL_SERVER, "Data Source=sql01;Initial Catalog=ProGet;Integrated Security=true;"
                        + "Min Pool Size=20;Max Pool Size=10", 66, "Min Pool Size (20)"),
                arguments(SQL_SERVER, "Data Source=sql01;Initial Catalog=ProGet;Integrated Security=true;"
                        + "MultiSubnetFailover=true;Failover Partner=sql02", 91, "cannot be combined"),
                arguments(SQL_SERVER, "Data Source=sql01;Initial Catalog=ProGet;Integrated Security=true;"
                        + "ApplicationIntent=ReadMostly", 84, "'ApplicationIntent'"),
                arguments(SQL_SERVER, "Data Source=sql01;Initial Catalog=ProGet;Integrated Security=true;"
                        + "Packet Size=100", 78, "from 512 to 32768"),
                arguments(SQL_SERVER, "Server=tcp:{azure-server}.database.windows.net,1433; DataBase={AzureDBName};"
                        + " Persist Security Info=False; User ID={username}; Password={password};"
                        + " MultipleActiveResultSets=False; Encrypt=True;TrustServerCertificate=False;"
                        + " Connection Timeout=30;", 11, "placeholder"),
                arguments(SQL_SERVER, "Data Source=...;Initial Catalog=ProGet;Integrated Security=True;"
                        + "Max Pool Size=200", 12, "not a valid host name"),
                arguments(SQL_SERVER, "jdbc:sqlserver://sql01:1433;databaseName=ProGet", 0, "JDBC URL"),
                arguments(SQL_SERVER, "%%%%", 0, "no '='"),
                arguments(SQL_SERVER, "Password==secret", 0, "no '='"),
                arguments(SQL_SERVER, "Data Source=sql01;User ID=u;Password=S3cr3t;P@ss", 44, "put that whole value in"),
                arguments(SQL_SERVER, "", -1, "empty"),
                arguments(SQL_SERVER, "   ", -1, "empty"),
                arguments(SQL_SERVER, null, -1, "empty"),
                arguments(POSTGRESQL, "Port=5432;Database=proget;Username=u;Password=pw", -1, "Host"),
                arguments(POSTGRESQL, "Host=inedodb;Username=u;Password=pw", -1, "Database is missing"),
                arguments(POSTGRESQL, "Host=inedodb;Port=70000;Database=proget;Username=u", 18, "from 1 to 65535"),
                arguments(POSTGRESQL, "Host=inedodb:abc;Database=proget", 13, "port"),
                arguments(POSTGRESQL, "Host=db1, db2:0;Database=proget", 14, "port"),
                arguments(POSTGRESQL, "Host=/var/run/postgresql;Database=proget", 5, "Unix-domain socket"),
                arguments(POSTGRESQL, "Host=inedodb;Database=proget;SSL Mode=Mandatory", 38, "VerifyFull"),
                arguments(POSTGRESQL, "Host=inedodb;Database=proget;Timeout=5000", 37, "from 0 to 1024"),
                arguments(POSTGRESQL, "postgresql://u:pw@inedodb/proget", 0, "URI"),
                arguments(POSTGRESQL, "Host={server};Database=proget", 5, "placeholder"),
                arguments(POSTGRESQL, "Host=inedodb;Database=proget;Trust Server Certificate=maybe", 54,
                        "true or false"),
                arguments(POSTGRESQL, "Host=inedodb;Database=proget;Username=u;Password='S3cr3t;P@ss=w0rd", 49,
                        "never closed"),
                arguments(null, "Data Source=sql01;Integrated Security=true", -1, "database kind"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("malformed")
    void refusesWithAClearMessage(DatabaseKind kind, String text, int position, String keyword) {
        ParseOutcome[] outcome = new ParseOutcome[1];
        assertThatCode(() -> outcome[0] = ConnectionStringParser.parse(kind, text)).doesNotThrowAnyException();

        assertThat(outcome[0].ok()).isFalse();
        assertThat(outcome[0].value()).isEmpty();
        String where = position < 0 ? "as a whole" : "at character " + (position + 1) + ":";
        assertThat(outcome[0].errors())
                .as("an error at %d mentioning '%s' among %s", position, keyword, outcome[0].errors())
                .anySatisfy(error -> {
                    assertThat(error.position()).isEqualTo(position);
                    assertThat(error.message()).containsIgnoringCase(where).containsIgnoringCase(keyword);
                });
    }
}
