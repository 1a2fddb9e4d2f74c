package org.clusterwright.database;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A PostgreSQL that did not start skips a developer's test, and fails it under CI however CI is spelt. */
class EmbeddedPostgresServerTest {
    private static final IOException NOT_STARTED = new IOException("initdb failed");

    @Test
    void aServerThatDidNotStartSkipsLocallyAndFailsUnderCi() {
        assertThatThrownBy(() -> EmbeddedPostgresServer.skipOrFail(NOT_STARTED, null))
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("initdb failed");
        for (String ci : new String[] {"true", "TRUE", "1", "yes"}) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.skipOrFail(NOT_STARTED, ci)).as("CI=%s", ci)
                    .isInstanceOf(AssertionError.class).isNotInstanceOf(TestAbortedException.class)
                    .hasMessageContaining("initdb failed")
                    .hasCause(NOT_STARTED);
        }
    }
}
