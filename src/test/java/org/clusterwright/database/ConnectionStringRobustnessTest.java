package org.clusterwright.database;

import org.clusterwright.profile.DatabaseKind;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parser reads whatever is pasted into a text field, so it is fed random text built from the characters that
 * matter to the syntax. It must never throw, and its answer must always be consistent.
 */
class ConnectionStringRobustnessTest {
    private static final String ALPHABET = ";;;===''\"\"  ,:\\[]{}()@.-_tcpnlxDataSourcePWDHost0123456789\t\u00a0«»";
    private static final String[] FRAGMENTS = {"Data Source=", "Password=", "Host=", "Port=", "Server=tcp:",
            "Initial Catalog=", "Integrated Security=", "Encrypt=", "SSL Mode=", "'", "\"", ";", "==", ","};

    @Test
    void randomTextNeverThrowsAndAlwaysAnswersConsistently() {
        Random random = new Random(20_250_806L);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                if (random.nextInt(4) == 0) {
                    text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                } else {
                    text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
            }
            for (DatabaseKind kind : DatabaseKind.values()) {
                ParseOutcome outcome = ConnectionStringParser.parse(kind, text.toString());

                assertThat(outcome.ok()).as(text.toString()).isEqualTo(outcome.errors().isEmpty());
                assertThat(outcome.value().isPresent()).as(text.toString()).isEqualTo(outcome.ok());
                outcome.errors().forEach(problem -> {
                    assertThat(problem.position()).isBetween(-1, text.length());
                    assertThat(problem.message()).matches("(At character \\d+|In the connection string as a whole): .+");
                });
                outcome.value().ifPresent(value -> assertThat(ConnectionStringParser.parse(kind,
                        value.withoutPassword()).errors()).as("re-reading " + value).allSatisfy(problem ->
                        assertThat(problem.message()).containsAnyOf("log in", "User ID")));
            }
        }
    }

    @Test
    void aHugeInputIsRefusedQuickly() {
        String huge = "Data Source=sql01;".repeat(10_000);

        ParseOutcome outcome = ConnectionStringParser.parse(DatabaseKind.SQL_SERVER, huge);

        assertThat(outcome.errors()).singleElement().satisfies(error ->
                assertThat(error.message()).contains("far longer than a connection string"));
    }
}
