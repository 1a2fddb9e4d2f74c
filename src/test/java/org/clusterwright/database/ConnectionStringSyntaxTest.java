package org.clusterwright.database;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The key=value layer on its own, where keyword and value are visible before any keyword table applies: escaping,
 * quoting, trimming and the positions reported for each piece.
 */
class ConnectionStringSyntaxTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // text                              | key       | value        | key at | value at | quote
            "Odd==Key=1                          | Odd=Key   | 1            | 0      | 9        | ",
            "a===b                               | a=        | b            | 0      | 4        | ",
            "`  Spaced Key  =  spaced value  `   | Spaced Key| spaced value | 2      | 17       | ",
            "P='x;y=z'                           | P         | x;y=z        | 0      | 3        | '",
            "`P=\"he said \"\"hi\"\"\"`         | P         | `he said \"hi\"` | 0   | 3        | \"",
            "P='it''s'                           | P         | it's         | 0      | 3        | '",
            "P=ab'c                              | P         | ab'c         | 0      | 2        | ",
            "`;; ;K=v;;`                         | K         | v            | 4      | 6        | ",
            "K=                                  | K         | ``           | 0      | 2        | "})
    void readsOneSegment(String text, String key, String value, int keyAt, int valueAt, String quote) {
        Problems problems = new Problems();

        List<Segment> segments = KeyValueSyntax.read(text, problems).segments();

        assertThat(problems.errors()).isEmpty();
        assertThat(segments).singleElement().satisfies(segment -> {
            assertThat(segment.key()).isEqualTo(key);
            assertThat(segment.value()).isEqualTo(value);
            assertThat(segment.keyPosition()).isEqualTo(keyAt);
            assertThat(segment.valuePosition()).isEqualTo(valueAt);
            assertThat(segment.quote()).isEqualTo(quote == null ? (char) 0 : quote.charAt(0));
        });
    }
}
