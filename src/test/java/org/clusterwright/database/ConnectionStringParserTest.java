package org.clusterwright.database;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.clusterwright.database.Expected.pg;
import static org.clusterwright.database.Expected.sql;
import static org.clusterwright.profile.DatabaseKind.POSTGRESQL;
import static org.clusterwright.profile.DatabaseKind.SQL_SERVER;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Connection strings that must parse, each with every value the parser should read from it. The first rows are the
 * examples from Inedo's documentation (inedo-ha-facts.md section 5), verbatim or with their placeholders filled in.
 */
class ConnectionStringParserTest {

    static Stream<Arguments> sqlServer() {
        return Stream.of(
                arguments("docs: Docker, filled in",
                        "Data Source=inedo-sql; Initial Catalog=ProGet; User ID=sa; Password=Xy9!long",
                        sql("inedo-sql").db("ProGet").user("sa").password("Xy9!long")),
                arguments("docs: Docker, verbatim with its «...» password",
                        "Data Source=inedo-sql; Initial Catalog=ProGet; User ID=sa; Password=«...»",
                        sql("inedo-sql").db("ProGet").user("sa").password("«...»")
                                .warnings(1, "password looks like a placeholder")),
                arguments("docs: Hub silent install",
                        "Data Source=localhost; Integrated Security=True;",
                        sql("localhost").integrated().warnings(2, "every node reads as itself", "no database")),
                arguments("docs: manual install",
                        "server=localhost;database=proget;integrated security=sspi;",
                        sql("localhost").db("proget").integrated().warnings(1, "each node would use its own")),
                arguments("docs: Azure SQL, filled in",
                        "Server=tcp:inedo-prod.database.windows.net,1433; DataBase=ProGetDb; Persist Security Info=False;"
                                + " User ID=proget_app; Password=Az!ure2024; MultipleActiveResultSets=False;"
                                + " Encrypt=True;TrustServerCertificate=False; Connection Timeout=30;",
                        sql("inedo-prod.database.windows.net").db("ProGetDb").user("proget_app")
                                .password("Az!ure2024").timeout(30)),
                arguments("docs: Symbotic guide adds Max Pool Size",
                        "Data Source=sql01;Initial Catalog=ProGet;User ID=proget;Password=pw1234;Max Pool Size=200",
                        sql("sql01").db("ProGet").user("proget").password("pw1234")),
                arguments("docs: legacy string with a named instance",
                        "Data Source=SQLCLUSTER\\INEDO;Initial Catalog=ProGet;Integrated Security=True;Max Pool Size=200",
                        sql("SQLCLUSTER").instance("INEDO").port(null).db("ProGet").integrated()),
                arguments("explicit port and strict encryption",
                        "Server=sql01.corp.example,14330;Database=BuildMaster;User Id=bm;Password=pw5678;Encrypt=strict",
                        sql("sql01.corp.example").port(14330).db("BuildMaster").user("bm").password("pw5678")
                                .encrypt(EncryptMode.STRICT)),
                arguments("tcp: prefix, IPv4, UID and PWD",
                        "Data Source=tcp:10.0.0.5,1433;Initial Catalog=Otter;UID=otter;PWD=pw9999",
                        sql("10.0.0.5").db("Otter").user("otter").password("pw9999")),
                arguments("bracketed IPv6",
                        "Data Source=[fe80::1];Initial Catalog=ProGet;User ID=u;Password=pw0000",
                        sql("fe80::1").db("ProGet").user("u").password("pw0000")),
                arguments("bracketed IPv6 with port",
                        "Data Source=[2001:db8::10],1533;Initial Catalog=ProGet;User ID=u;Password=pw0000",
                        sql("2001:db8::10").port(1533).db("ProGet").user("u").password("pw0000")),
                arguments("bare IPv6",
                        "Data Source=2001:db8::20;Initial Catalog=ProGet;Integrated Security=true",
                        sql("2001:db8::20").db("ProGet").integrated()),
                arguments("instance and port",
                        "Data Source=sql02\\PROD,1500;Initial Catalog=ProGet;Integrated Security=true",
                        sql("sql02").instance("PROD").port(1500).db("ProGet").integrated()),
                arguments("(local) with an instance, Trusted_Connection",
                        "Data Source=(local)\\SQLEXPRESS;Initial Catalog=ProGet;Trusted_Connection=yes",
                        sql("localhost").instance("SQLEXPRESS").port(null).db("ProGet").integrated()
                                .warnings(1, "'(local)'")),
                arguments("dot for this machine",
                        "Data Source=.;Initial Catalog=ProGet;Integrated Security=true",
                        sql("localhost").db("ProGet").integrated().warnings(1, "'.'")),
                arguments("Address synonym, Encrypt=optional",
                        "Address=sql03;Initial Catalog=ProGet;User=pg;Password=pw;Encrypt=optional",
                        sql("sql03").db("ProGet").user("pg").password("pw").encrypt(EncryptMode.OPTIONAL)),
                arguments("Addr synonym, Encrypt=no, TrustServerCertificate=yes",
                        "Addr=sql04;Database=ProGet;User ID=pg;Password=pw;Encrypt=no;TrustServerCertificate=yes",
                        sql("sql04").db("ProGet").user("pg").password("pw").encrypt(EncryptMode.OPTIONAL).trust()),
                arguments("Network Address synonym, Encrypt=mandatory",
                        "Network Address=sql05;Database=ProGet;User ID=pg;Password=pw;Encrypt=mandatory;"
                                + "TrustServerCertificate=true",
                        sql("sql05").db("ProGet").user("pg").password("pw").trust()),
                arguments("single-quoted password with ; and =",
                        "Data Source=sql06;Initial Catalog=ProGet;User ID=pg;Password='S3cr3t;P@ss=w0rd'",
                        sql("sql06").db("ProGet").user("pg").password("S3cr3t;P@ss=w0rd")),
                arguments("double-quoted password with a doubled quote",
                        "Data Source=sql06;Initial Catalog=ProGet;User ID=pg;Password=\"a\"\"b;c\"",
                        sql("sql06").db("ProGet").user("pg").password("a\"b;c")),
                arguments("single-quoted password with a doubled quote",
                        "Data Source=sql06;Initial Catalog=ProGet;User ID=pg;Password='it''s;ok'",
                        sql("sql06").db("ProGet").user("pg").password("it's;ok")),
                arguments("== in a keyword is a literal = (the name is not quoted: it has a symbol)",
                        "Data Source=sql07;Initial Catalog=ProGet;Odd==Key=1;User ID=pg;Password=pw",
                        sql("sql07").db("ProGet").user("pg").password("pw").warnings(1, "no keyword has")),
                arguments("empty segments everywhere",
                        ";;Data Source=sql08;;Initial Catalog=ProGet;;Integrated Security=SSPI;;",
                        sql("sql08").db("ProGet").integrated()),
                arguments("whitespace around keywords and values",
                        "  Data Source = sql09 ;  Initial Catalog = ProGet ; User ID = pg ; Password = pw ",
                        sql("sql09").db("ProGet").user("pg").password("pw")),
                arguments("upper-case keywords",
                        "DATA SOURCE=sql10;INITIAL CATALOG=ProGet;USER ID=pg;PASSWORD=pw;ENCRYPT=TRUE",
                        sql("sql10").db("ProGet").user("pg").password("pw")),
                arguments("availability group listener",
                        "Server=ag-listener.corp,1433;Database=ProGet;User ID=pg;Password=pw;MultiSubnetFailover=True;"
                                + "Connect Timeout=30",
                        sql("ag-listener.corp").db("ProGet").user("pg").password("pw").multiSubnet().timeout(30)),
                arguments("mirroring failover partner",
                        "Data Source=sqlA;Failover Partner=sqlB;Initial Catalog=ProGet;User ID=pg;Password=pw",
                        sql("sqlA").partner("sqlB").db("ProGet").user("pg").password("pw")),
                arguments("ApplicationIntent=ReadWrite and Application Name",
                        "Data Source=sql11;Initial Catalog=ProGet;User ID=pg;Password=pw;ApplicationIntent=ReadWrite;"
                                + "Application Name=ProGet Node 1",
                        sql("sql11").db("ProGet").user("pg").password("pw").app("ProGet Node 1")),
                arguments("App synonym",
                        "Data Source=sql11;Initial Catalog=ProGet;Integrated Security=true;App=Clusterwright",
                        sql("sql11").db("ProGet").integrated().app("Clusterwright")),
                arguments("strict with Host Name In Certificate",
                        "Data Source=sql12,1433;Initial Catalog=ProGet;User ID=pg;Password=pw;Encrypt=strict;"
                                + "Host Name In Certificate=sql.corp.example",
                        sql("sql12").db("ProGet").user("pg").password("pw").encrypt(EncryptMode.STRICT)
                                .certName("sql.corp.example")),
                arguments("Timeout synonym",
                        "Data Source=sql12;Initial Catalog=ProGet;Integrated Security=true;Timeout=45",
                        sql("sql12").db("ProGet").integrated().timeout(45)),
                arguments("duplicate Data Source behind a synonym: the last wins",
                        "Data Source=old;Server=new;Initial Catalog=ProGet;Integrated Security=true",
                        sql("new").db("ProGet").integrated().warnings(1, "'Data Source' is given a second time")),
                arguments("unknown keyword",
                        "Data Source=sql12;Initial Catalog=ProGet;Integrated Security=true;Colour=blue",
                        sql("sql12").db("ProGet").integrated().warnings(1, "'Colour' is not a SqlClient keyword")),
                arguments("real SqlClient keyword that is not checked",
                        "Data Source=sql12;Initial Catalog=ProGet;Integrated Security=true;Connect Retry Count=3",
                        sql("sql12").db("ProGet").integrated().warnings(1, "does not check")),
                arguments("Npgsql keyword in a SQL Server string",
                        "Data Source=sql13;Initial Catalog=ProGet;Integrated Security=true;SslMode=Require",
                        sql("sql13").db("ProGet").integrated().warnings(1, "PostgreSQL (Npgsql) keyword")),
                arguments("Integrated Security with a User ID",
                        "Data Source=sql14;Initial Catalog=ProGet;Integrated Security=true;User ID=sa;Password=pw",
                        sql("sql14").db("ProGet").user("sa").password("pw").integrated()
                                .warnings(1, "ignores User ID and Password")),
                arguments("every pool and session keyword",
                        "Data Source=sql15;Initial Catalog=ProGet;User ID=pg;Password=pw;Pooling=true;Min Pool Size=5;"
                                + "Max Pool Size=50;Command Timeout=60;Packet Size=8192;Workstation ID=node1;"
                                + "Persist Security Info=false;MultipleActiveResultSets=true",
                        sql("sql15").db("ProGet").user("pg").password("pw")),
                arguments("database name left as a placeholder",
                        "Data Source=sql16;Initial Catalog={AzureDBName};User ID=pg;Password=pw",
                        sql("sql16").db("{AzureDBName}").user("pg").password("pw").warnings(1, "placeholder")),
                arguments("Azure AD authentication without a user",
                        "Server=tcp:x1.database.windows.net,1433;Initial Catalog=ProGet;"
                                + "Authentication=Active Directory Default",
                        sql("x1.database.windows.net").db("ProGet").warnings(1, "'Authentication'")),
                arguments("loopback IPv4",
                        "Data Source=127.0.0.1,1433;Initial Catalog=ProGet;User ID=pg;Password=pw",
                        sql("127.0.0.1").db("ProGet").user("pg").password("pw").warnings(1, "'127.0.0.1'")),
                arguments("ApplicationIntent=ReadOnly",
                        "Data Source=sql17;Initial Catalog=ProGet;Integrated Security=true;ApplicationIntent=ReadOnly",
                        sql("sql17").db("ProGet").integrated().intent(ApplicationIntent.READ_ONLY)
                                .warnings(1, "read-only replica")),
                arguments("strict makes TrustServerCertificate pointless",
                        "Data Source=sql17;Initial Catalog=ProGet;Integrated Security=true;Encrypt=strict;"
                                + "TrustServerCertificate=true",
                        sql("sql17").db("ProGet").integrated().encrypt(EncryptMode.STRICT).trust()
                                .warnings(1, "no effect with Encrypt=strict")),
                arguments("quoted Data Source and quoted database with ;",
                        "Data Source=\"sql17,1533\";Initial Catalog='Pro;Get';User ID=pg;Password=pw;",
                        sql("sql17").port(1533).db("Pro;Get").user("pg").password("pw")),
                arguments("Docker service name with an underscore",
                        "Data Source=inedo_sql;Initial Catalog=ProGet;User ID=sa;Password=pw",
                        sql("inedo_sql").db("ProGet").user("sa").password("pw")),
                arguments("spelled-out synonyms of newer SqlClient",
                        "Data Source=sql18;Initial Catalog=ProGet;Integrated Security=true;Multi Subnet Failover=yes;"
                                + "Trust Server Certificate=true;Application Intent=readwrite",
                        sql("sql18").db("ProGet").integrated().multiSubnet().trust()));
    }

    static Stream<Arguments> postgres() {
        return Stream.of(
                arguments("docs: PostgreSQL template, verbatim",
                        "Server=myserver.corp;Port=5432;Database=myDataBase;User Id=myUsername;Password=myPassword;",
                        pg("myserver.corp").db("myDataBase").user("myUsername").password("myPassword")),
                arguments("InedoDB in Docker",
                        "Host=inedodb;Port=5432;Database=proget;Username=proget;Password=pw",
                        pg("inedodb").db("proget").user("proget").password("pw")),
                arguments("no Port: 5432",
                        "Host=inedodb.corp;Database=proget;Username=proget;Password=pw",
                        pg("inedodb.corp").db("proget").user("proget").password("pw")),
                arguments("other Port",
                        "Host=inedodb.corp;Port=6543;Database=proget;Username=proget;Password=pw",
                        pg("inedodb.corp").port(6543).db("proget").user("proget").password("pw")),
                arguments("multi-host with a port per host",
                        "Host=db1,db2:5433;Database=proget;Username=u;Password=pw",
                        pg("db1").db("proget").user("u").password("pw").endpoints("db1:5432", "db2:5433")
                                .warnings(1, "lists 2 servers")),
                arguments("SSL Mode VerifyFull",
                        "Host=inedodb;Database=proget;Username=u;Password=pw;SSL Mode=VerifyFull",
                        pg("inedodb").db("proget").user("u").password("pw").ssl(SslMode.VERIFY_FULL)
                                .warnings(1, "we do not support additional arguments/configuration")),
                arguments("SslMode Require and Trust Server Certificate",
                        "Host=inedodb;Database=proget;Username=u;Password=pw;SslMode=require;Trust Server Certificate=true",
                        pg("inedodb").db("proget").user("u").password("pw").ssl(SslMode.REQUIRE).trust()
                                .warnings(2, "'SslMode'", "'Trust Server Certificate'")),
                arguments("Timeout",
                        "Host=inedodb;Database=proget;Username=u;Password=pw;Timeout=30",
                        pg("inedodb").db("proget").user("u").password("pw").timeout(30)
                                .warnings(1, "we do not support additional")),
                arguments("valid Npgsql keyword Inedo does not support",
                        "Host=inedodb;Database=proget;Username=u;Password=pw;Pooling=false",
                        pg("inedodb").db("proget").user("u").password("pw").warnings(1, "'Pooling'")),
                arguments("not an Npgsql keyword",
                        "Host=inedodb;Database=proget;Username=u;Password=pw;Foo=bar",
                        pg("inedodb").db("proget").user("u").password("pw").warnings(1, "not an Npgsql keyword")),
                arguments("localhost",
                        "Host=localhost;Database=proget;Username=u;Password=pw",
                        pg("localhost").db("proget").user("u").password("pw").warnings(1, "every node reads as itself")),
                arguments("bracketed IPv6 with port",
                        "Host=[2001:db8::5]:5433;Database=proget;Username=u;Password=pw",
                        pg("2001:db8::5").port(5433).db("proget").user("u").password("pw")),
                arguments("no Username",
                        "Host=inedodb;Database=proget",
                        pg("inedodb").db("proget").warnings(1, "no Username")),
                arguments("quoted password with ; and =",
                        "Host=inedodb;Database=proget;Username=u;Password=\"S3cr3t;P@ss=w0rd\"",
                        pg("inedodb").db("proget").user("u").password("S3cr3t;P@ss=w0rd")),
                arguments("Npgsql synonyms",
                        "server=inedodb;db=proget;user name=u;pwd=pw",
                        pg("inedodb").db("proget").user("u").password("pw")),
                arguments("SqlClient keyword in a PostgreSQL string",
                        "Host=inedodb;Database=proget;Username=u;Password=pw;Data Source=x",
                        pg("inedodb").db("proget").user("u").password("pw").warnings(1, "SQL Server (SqlClient)")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sqlServer")
    void readsSqlServerStrings(String name, String text, Expected expected) {
        expected.verify(ConnectionStringParser.parse(SQL_SERVER, text));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("postgres")
    void readsPostgresStrings(String name, String text, Expected expected) {
        expected.verify(ConnectionStringParser.parse(POSTGRESQL, text));
    }
}
