package org.clusterwright.database;

import org.clusterwright.profile.DatabaseKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Two connection strings are the same to the product when SqlClient or Npgsql would read them the same way. */
class ConnectionStringEquivalenceTest {

    @Test
    void spacingOrderKeywordCaseSynonymsAndATrailingSemicolonChangeNothing() {
        String typed = "Data Source=db1,1433;Initial Catalog=ProGet;User ID=proget;Password=Pw-1;Encrypt=True";
        assertThat(ConnectionStringEquivalence.equivalent(DatabaseKind.SQL_SERVER, typed,
                " server = db1,1433 ; database=ProGet; PASSWORD=Pw-1;uid=proget;encrypt=True;")).isTrue();
        assertThat(ConnectionStringEquivalence.equivalent(DatabaseKind.POSTGRESQL,
                "Host=db1;Database=proget;Username=proget;Password=Pw-1",
                "host=db1; Username=proget; Password=Pw-1; Database=proget;")).isTrue();
    }

    @Test
    void anotherValueOrAnotherKeywordIsAChange() {
        String typed = "Data Source=db1;Initial Catalog=ProGet;User ID=proget;Password=Pw-1";
        assertThat(ConnectionStringEquivalence.equivalent(DatabaseKind.SQL_SERVER, typed,
                "Data Source=db1;Initial Catalog=ProGet;User ID=proget;Password=Pw-2")).as("another password").isFalse();
        assertThat(ConnectionStringEquivalence.equivalent(DatabaseKind.SQL_SERVER, typed,
                "Data Source=db2;Initial Catalog=ProGet;User ID=proget;Password=Pw-1")).as("another server").isFalse();
        assertThat(ConnectionStringEquivalence.equivalent(DatabaseKind.SQL_SERVER, typed,
                typed + ";Encrypt=False")).as("one more keyword").isFalse();
        assertThat(ConnectionStringEquivalence.equivalent(DatabaseKind.SQL_SERVER, typed, null)).isFalse();
    }
}
