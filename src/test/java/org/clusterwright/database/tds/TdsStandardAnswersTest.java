package org.clusterwright.database.tds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TdsStandardAnswersTest {

    @Test
    void coversTheUsualProbeAndDriverQueries() {
        QueryHandler standard = QueryHandler.standard(ServerVersion.SQL_SERVER_2022);
        assertThat(standard.apply("select 1;")).isEqualTo(QueryResult.scalar("", QueryResult.Type.INT, 1));
        assertThat(standard.apply("SELECT 2 AS two")).isEqualTo(QueryResult.scalar("two", QueryResult.Type.INT, 2));
        assertThat(standard.apply("SET NOCOUNT ON")).isEqualTo(QueryResult.done());
        assertThat(standard.apply("IF @@TRANCOUNT > 0 ROLLBACK TRAN")).isEqualTo(QueryResult.done());
        assertThat(standard.apply("EXEC sp_unprepare 1;EXEC sp_unprepare 2;")).isEqualTo(QueryResult.done());
        assertThat(standard.apply("EXEC dbo.Missing")).isInstanceOfSatisfying(QueryResult.Error.class,
                e -> assertThat(e.number()).isEqualTo(2812));
        assertThat(standard.apply("UPDATE t SET x = 1")).isInstanceOfSatisfying(QueryResult.Error.class,
                e -> assertThat(e.message()).isEqualTo("Incorrect syntax near 'UPDATE'."));
    }
}
