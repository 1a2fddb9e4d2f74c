package org.clusterwright.database;

import org.clusterwright.profile.DatabaseKind;
import org.clusterwright.secrets.Secret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterwright.profile.DatabaseKind.POSTGRESQL;
import static org.clusterwright.profile.DatabaseKind.SQL_SERVER;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The password must never reach text meant for people or for a profile: not the stored string, the masked one,
 * toString, the JDBC description, nor any problem message. The password used is distinctive and holds ';' and '='
 * so that a parser that splits naively would leak pieces of it.
 */
class ConnectionStringSecrecyTest {
    static final String PASSWORD = "S3cr3t;P@ss=w0rd";
    /** Pieces a naive split on ';' or '=' would produce; none of them may show either. */
    static final List<String> PIECES = List.of(PASSWORD, "S3cr3t", "P@ss", "w0rd");

    static Stream<Arguments> withPassword() {
        return Stream.of(
                arguments(SQL_SERVER, "Data Source=inedo-sql; Initial Catalog=ProGet; User ID=sa; Password='S3cr3t;P@ss=w0rd'",
                        "Data Source=inedo-sql; Initial Catalog=ProGet; User ID=sa"),
                arguments(SQL_SERVER, "Password=\"S3cr3t;P@ss=w0rd\";Data Source=sql01,1433;Initial Catalog=ProGet;User ID=pg;",
                        "Data Source=sql01,1433;Initial Catalog=ProGet;User ID=pg;"),
                arguments(SQL_SERVER, "Server=sql01\\INEDO; Database=ProGet; UID=pg; PWD = 'S3cr3t;P@ss=w0rd' ; Encrypt=strict",
                        "Server=sql01\\INEDO; Database=ProGet; UID=pg; Encrypt=strict"),
                arguments(SQL_SERVER, "Data Source=sql01;Initial Catalog=ProGet;User ID=pg;Password=old;PWD='S3cr3t;P@ss=w0rd'",
                        "Data Source=sql01;Initial Catalog=ProGet;User ID=pg"),
                arguments(POSTGRESQL, "Host=inedodb;Port=5432;Database=proget;Username=proget;Password='S3cr3t;P@ss=w0rd';",
                        "Host=inedodb;Port=5432;Database=proget;Username=proget;"),
                arguments(POSTGRESQL, "Server=inedodb; Password=\"S3cr3t;P@ss=w0rd\"; Database=proget; User Id=proget",
                        "Server=inedodb; Database=proget; User Id=proget"));
    }

    @ParameterizedTest
    @MethodSource("withPassword")
    void noTextForPeopleOrProfilesHoldsThePassword(DatabaseKind kind, String text, String stored) {
        ParseOutcome outcome = ConnectionStringParser.parse(kind, text);
        ConnectionString parsed = outcome.value().orElseThrow();
        assertThat(parsed.password()).map(Secret::reveal).contains(PASSWORD);

        assertThat(parsed.withoutPassword()).isEqualTo(stored);
        assertThat(parsed.masked()).contains(Secret.MASK);
        assertThat(parsed.toString()).isEqualTo(parsed.masked());
        JdbcTarget jdbc = parsed.toJdbc();
        assertThat(jdbc.describeMasked()).contains("password=" + Secret.MASK);
        assertThat(jdbc.properties().getProperty("password")).isEqualTo(PASSWORD);

        List<String> shown = new ArrayList<>(List.of(parsed.withoutPassword(), parsed.masked(), parsed.toString(),
                jdbc.url(), jdbc.describeMasked(), jdbc.toString(), outcome.toString(), parsed.complete().toString()));
        outcome.warnings().forEach(problem -> shown.add(problem.message()));
        assertNoPiece(shown);
    }

    @ParameterizedTest
    @MethodSource("withPassword")
    void theStoredStringRoundTripsAndTakesThePasswordBack(DatabaseKind kind, String text, String stored) {
        ConnectionString original = ConnectionStringParser.parse(kind, text).value().orElseThrow();

        ParseOutcome reread = ConnectionStringParser.parse(kind, original.withoutPassword());
        ConnectionString withoutPassword = reread.value().orElseThrow();
        assertThat(withoutPassword.password()).isEmpty();
        assertThat(withoutPassword.host()).isEqualTo(original.host());
        assertThat(withoutPassword.port()).isEqualTo(original.port());
        assertThat(withoutPassword.database()).isEqualTo(original.database());
        assertThat(withoutPassword.user()).isEqualTo(original.user());
        assertThat(withoutPassword.withoutPassword()).isEqualTo(stored);

        ConnectionString restored = withoutPassword.withPassword(Secret.of(PASSWORD));
        assertThat(restored.password()).map(Secret::reveal).contains(PASSWORD);
        assertThat(restored.withoutPassword()).isEqualTo(stored);
        assertNoPiece(List.of(restored.masked(), restored.toString(), restored.toJdbc().describeMasked()));

        // The complete text is what a node's config file gets: it must read back to the same password.
        ConnectionString fromConfig = ConnectionStringParser.parse(kind, restored.complete().reveal()).value()
                .orElseThrow();
        assertThat(fromConfig.password()).map(Secret::reveal).contains(PASSWORD);
        assertThat(fromConfig.host()).isEqualTo(original.host());
        assertThat(fromConfig.withoutPassword()).isEqualTo(stored);
    }

    @Test
    void replacingAPasswordKeepsItsPlaceAndSpelling() {
        ConnectionString parsed = ConnectionStringParser.parse(SQL_SERVER,
                "Data Source=sql01; PWD=old; Initial Catalog=ProGet; User ID=pg").value().orElseThrow();

        ConnectionString replaced = parsed.withPassword(Secret.of("it's \"new\""));

        assertThat(replaced.complete().reveal())
                .isEqualTo("Data Source=sql01; PWD=\"it's \"\"new\"\"\"; Initial Catalog=ProGet; User ID=pg");
        assertThat(replaced.masked()).isEqualTo("Data Source=sql01; PWD=********; Initial Catalog=ProGet; User ID=pg");
    }

    @Test
    void aPasswordAddedToAStoredStringFollowsTheAuthorsSpacing() {
        ConnectionString stored = ConnectionStringParser.parse(POSTGRESQL,
                "Host=inedodb; Database=proget; Username=proget").value().orElseThrow();

        assertThat(stored.withPassword(Secret.of("plain")).complete().reveal())
                .isEqualTo("Host=inedodb; Database=proget; Username=proget; Password=plain");
        assertThat(stored.withPassword(Secret.of("has\"quote")).complete().reveal())
                .endsWith("; Password='has\"quote'");
    }

    static Stream<Arguments> brokenWithPassword() {
        return Stream.of(
                arguments(SQL_SERVER, "Data Source=sql01;Initial Catalog=ProGet;User ID=u;Password=S3cr3t;P@ss=w0rd"),
                arguments(SQL_SERVER, "Data Source=sql01;User ID=u;Password=S3cr3t;P@ss"),
                arguments(SQL_SERVER, "Data Source=sql01;Password=S3cr3t;P@ss=w0rd;Integrated Security=true"),
                arguments(SQL_SERVER, "Data Source=sql01:1433;User ID=u;Password='S3cr3t;P@ss=w0rd'"),
                arguments(SQL_SERVER, "Data Source=sql01;Initial Catalog=ProGet;Password='S3cr3t;P@ss=w0rd'"),
                arguments(SQL_SERVER, "Data Source=sql01;Password='S3cr3t;P@ss=w0rd';Password='S3cr3t;P@ss=w0rd'x"),
                arguments(SQL_SERVER, "Data Source=sql01;Password='S3cr3t;P@ss=w0rd"),
                arguments(SQL_SERVER, "Data Source=sql01;Password=S3cr3t;P@ss=w0rd;Encrypt=perhaps"),
                arguments(SQL_SERVER, "Data Source=sql01;Password==S3cr3t;P@ss=w0rd"),
                arguments(POSTGRESQL, "Host=inedodb;Username=u;Password=S3cr3t;P@ss=w0rd"),
                arguments(POSTGRESQL, "Host=inedodb:x;Database=d;Password=\"S3cr3t;P@ss=w0rd\"x"),
                arguments(POSTGRESQL, "postgresql://u:S3cr3t;P@ss=w0rd@inedodb/proget"),
                arguments(SQL_SERVER, "jdbc:sqlserver://sql01;user=u;password={S3cr3t;P@ss=w0rd}"));
    }

    @ParameterizedTest
    @MethodSource("brokenWithPassword")
    void problemMessagesNeverQuoteThePassword(DatabaseKind kind, String text) {
        ParseOutcome outcome = ConnectionStringParser.parse(kind, text);

        assertThat(outcome.errors()).isNotEmpty();
        List<String> messages = new ArrayList<>();
        outcome.errors().forEach(problem -> messages.add(problem.message()));
        outcome.warnings().forEach(problem -> messages.add(problem.message()));
        messages.add(outcome.toString());
        assertNoPiece(messages);
    }

    @Test
    void aPasswordTailThatLooksLikeAKeywordIsStillRedactedWhenItIsThePassword() {
        // The unknown-keyword warning names the key; the redaction pass removes it because it equals the password.
        ParseOutcome outcome = ConnectionStringParser.parse(SQL_SERVER,
                "Data Source=sql01;Initial Catalog=ProGet;User ID=u;Password=Hunter2x;Hunter2x=1");

        assertThat(outcome.warnings()).singleElement().satisfies(warning ->
                assertThat(warning.message()).doesNotContain("Hunter2x").contains(Secret.MASK));
    }

    private static void assertNoPiece(List<String> texts) {
        for (String text : texts) {
            for (String piece : PIECES) {
                assertThat(text).as("text shown to people").doesNotContain(piece);
            }
        }
    }
}
