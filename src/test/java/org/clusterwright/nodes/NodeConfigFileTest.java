package org.clusterwright.nodes;

import org.clusterwright.nodes.NodeAccessException.Problem;
import org.clusterwright.secrets.Secret;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading and byte-preserving rewriting of InedoAppConfig files modelled on Inedo's documented examples. */
class NodeConfigFileTest {
    private static final String OLD_KEY = "1fa97faa42744155a879c056a70c11a7";
    private static final String NEW_KEY = "37D27A670394F7D82CE57F1F07D69747";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The manual-install example from Inedo's docs, verbatim. */
    private static final String MANUAL_INSTALL = """
            <?xml version="1.0" encoding="utf-8"?>
            <InedoAppConfig>
              <ConnectionString>server=localhost;database=proget;integrated security=sspi;</ConnectionString>
              <EncryptionKey>1fa97faa42744155a879c056a70c11a7</EncryptionKey>
              <WebServer Urls="http://*:8624" />
            </InedoAppConfig>
            """;

    /** A Windows-edited file: BOM, CRLF, comments (one that looks like a key), both connection strings, HTTPS. */
    private static final String RICH = String.join("\r\n",
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
            "<!-- written by Inedo Hub; <EncryptionKey>00000000000000000000000000000000</EncryptionKey> -->",
            "<InedoAppConfig>",
            "\t<ConnectionString>Data Source=inedo-sql; Initial Catalog=ProGet; User ID=sa; Password=S3cr&amp;t&lt;1</ConnectionString>",
            "\t<PostgresConnectionString><![CDATA[Server=pg;Port=5432;Database=proget;User Id=u;Password=p<w>]]></PostgresConnectionString>",
            "\t<!-- the key below must match every node -->",
            "\t<EncryptionKey>  " + OLD_KEY + "  </EncryptionKey>",
            "\t<WebServer Enabled=\"true\" Urls=\"https://*:8625;http://*:8624\" CertFile=\"C:\\ProgramData\\Inedo\\ProGetCertificate.pfx\" Password=\"a>b\" EnableRequestLogging=\"true\" RequestLoggingDirectory=\"C:\\ProgramData\\ProGet\\Logs\" />",
            "</InedoAppConfig>",
            "");

    private static byte[] bomPlus(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(body, 0, all, BOM.length, body.length);
        return all;
    }

    private static InedoAppConfig parse(String text) throws NodeAccessException {
        return InedoAppConfig.parse(text.getBytes(StandardCharsets.UTF_8), "ProGet.config");
    }

    @Test
    void readsTheDocumentedExample() throws Exception {
        InedoAppConfig config = parse(MANUAL_INSTALL);
        assertThat(config.encryptionKey().orElseThrow().reveal()).isEqualTo(OLD_KEY);
        assertThat(config.connectionString().orElseThrow().reveal())
                .isEqualTo("server=localhost;database=proget;integrated security=sspi;");
        assertThat(config.postgresConnectionString()).isEmpty();
        assertThat(config.lineEnding()).isEqualTo("\n");
    }

    @Test
    void changingTheKeyChangesOnlyItsText() throws Exception {
        byte[] changed = parse(MANUAL_INSTALL).withEncryptionKey(Secret.of(NEW_KEY));
        assertThat(new String(changed, StandardCharsets.UTF_8)).isEqualTo(MANUAL_INSTALL.replace(OLD_KEY, NEW_KEY));
    }

    @Test
    void readsEscapedAndCdataValuesAndIgnoresKeysInComments() throws Exception {
        InedoAppConfig config = InedoAppConfig.parse(bomPlus(RICH), "ProGet.config");
        assertThat(config.encryptionKey().orElseThrow().reveal()).isEqualTo(OLD_KEY);
        assertThat(config.connectionString().orElseThrow().reveal()).endsWith("Password=S3cr&t<1");
        assertThat(config.postgresConnectionString().orElseThrow().reveal()).endsWith("Password=p<w>");
        assertThat(config.lineEnding()).isEqualTo("\r\n");
    }

    @Test
    void keepsTheBomCrlfCommentsAndWebServerAttributesByteForByte() throws Exception {
        InedoAppConfig config = InedoAppConfig.parse(bomPlus(RICH), "ProGet.config");
        byte[] changed = config.with(Map.of(
                ConfigElement.ENCRYPTION_KEY, Secret.of(NEW_KEY),
                ConfigElement.CONNECTION_STRING, Secret.of("Data Source=sql2; Password=a&b"),
                ConfigElement.POSTGRES_CONNECTION_STRING, Secret.of("Server=pg2;Password=<x>")));
        String expected = RICH
                .replace("  " + OLD_KEY + "  ", NEW_KEY)
                .replace("Data Source=inedo-sql; Initial Catalog=ProGet; User ID=sa; Password=S3cr&amp;t&lt;1",
                        "Data Source=sql2; Password=a&amp;b")
                .replace("<![CDATA[Server=pg;Port=5432;Database=proget;User Id=u;Password=p<w>]]>",
                        "Server=pg2;Password=&lt;x&gt;");
        assertThat(changed).isEqualTo(bomPlus(expected));
        InedoAppConfig reread = InedoAppConfig.parse(changed, "ProGet.config");
        assertThat(reread.encryptionKey().orElseThrow().reveal()).isEqualTo(NEW_KEY);
        assertThat(reread.postgresConnectionString().orElseThrow().reveal()).isEqualTo("Server=pg2;Password=<x>");
    }

    @Test
    void aMissingKeyIsInsertedAfterTheConnectionStringsWithTheFilesIndentAndLineEnding() throws Exception {
        String without = RICH.replace("\t<EncryptionKey>  " + OLD_KEY + "  </EncryptionKey>\r\n", "");
        byte[] changed = InedoAppConfig.parse(bomPlus(without), "ProGet.config").withEncryptionKey(Secret.of(NEW_KEY));
        String expected = without.replace("]]></PostgresConnectionString>",
                "]]></PostgresConnectionString>\r\n\t<EncryptionKey>" + NEW_KEY + "</EncryptionKey>");
        assertThat(changed).isEqualTo(bomPlus(expected));
    }

    @Test
    void aKeyIsInsertedBeforeWebServerWhenItIsTheOnlyElement() throws Exception {
        String text = "<InedoAppConfig>\n    <WebServer Enabled=\"true\" Urls=\"http://*:8624\"/>\n</InedoAppConfig>";
        byte[] changed = parse(text).withEncryptionKey(Secret.of(NEW_KEY));
        assertThat(new String(changed, StandardCharsets.UTF_8)).isEqualTo("<InedoAppConfig>\n    <EncryptionKey>"
                + NEW_KEY + "</EncryptionKey>\n    <WebServer Enabled=\"true\" Urls=\"http://*:8624\"/>\n</InedoAppConfig>");
    }

    @Test
    void emptyElementsAndAnEmptyRootAreFilledIn() throws Exception {
        String empty = "<InedoAppConfig>\n  <EncryptionKey/>\n</InedoAppConfig>\n";
        assertThat(new String(parse(empty).withEncryptionKey(Secret.of(NEW_KEY)), StandardCharsets.UTF_8))
                .isEqualTo("<InedoAppConfig>\n  <EncryptionKey>" + NEW_KEY + "</EncryptionKey>\n</InedoAppConfig>\n");
        assertThat(parse(empty).encryptionKey()).isEmpty();
        assertThat(new String(parse("<InedoAppConfig />").withEncryptionKey(Secret.of(NEW_KEY)), StandardCharsets.UTF_8))
                .isEqualTo("<InedoAppConfig >\n  <EncryptionKey>" + NEW_KEY + "</EncryptionKey>\n</InedoAppConfig>");
    }

    @Test
    void otherEncodingsStayAsTheyWere() throws Exception {
        String text = "<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n<!-- Müller's server -->\n"
                + "<InedoAppConfig><EncryptionKey>" + OLD_KEY + "</EncryptionKey></InedoAppConfig>";
        Charset cp1252 = Charset.forName("windows-1252");
        byte[] changed = InedoAppConfig.parse(text.getBytes(cp1252), "Otter.config").withEncryptionKey(Secret.of(NEW_KEY));
        assertThat(changed).isEqualTo(text.replace(OLD_KEY, NEW_KEY).getBytes(cp1252));

        byte[] utf16 = ("\uFEFF" + MANUAL_INSTALL).getBytes(StandardCharsets.UTF_16LE);
        byte[] changed16 = InedoAppConfig.parse(utf16, "ProGet.config").withEncryptionKey(Secret.of(NEW_KEY));
        assertThat(changed16).isEqualTo(("\uFEFF" + MANUAL_INSTALL.replace(OLD_KEY, NEW_KEY)).getBytes(StandardCharsets.UTF_16LE));
    }

    @Test
    void malformedXmlIsRefusedWithLineAndColumnAndWithoutQuotingTheFile() {
        String broken = "<InedoAppConfig>\n  <ConnectionString>Password=&Hunter2Secret;</ConnectionString>\n"
                + "  <EncryptionKey>" + OLD_KEY + "</EncryptionKey>\n</InedoAppConfig>\n";
        assertThatThrownBy(() -> parse(broken)).isInstanceOfSatisfying(NodeAccessException.class, e -> {
            assertThat(e.problem()).isEqualTo(Problem.MALFORMED);
            assertThat(e.getMessage()).contains("ProGet.config is not well-formed XML at line 2, column")
                    .doesNotContain("Hunter2Secret");
            assertThat(e.getCause()).isNull();
            assertThat(e.remedy()).contains("Nothing was written");
        });
        assertThatThrownBy(() -> parse("<InedoAppConfig>\n  <EncryptionKey>" + OLD_KEY + "</InedoAppConfig>"))
                .isInstanceOfSatisfying(NodeAccessException.class,
                        e -> assertThat(e.getMessage()).contains("line 2").contains("EncryptionKey").doesNotContain(OLD_KEY));
    }

    @Test
    void otherRootsDuplicatesAndNestedValuesAreRefused() {
        assertThatThrownBy(() -> parse("<configuration><appSettings/></configuration>"))
                .isInstanceOfSatisfying(NodeAccessException.class,
                        e -> assertThat(e.getMessage()).contains("<configuration>").contains("not an Inedo"));
        assertThatThrownBy(() -> parse("<InedoAppConfig><EncryptionKey>a</EncryptionKey><EncryptionKey>b</EncryptionKey></InedoAppConfig>"))
                .isInstanceOfSatisfying(NodeAccessException.class,
                        e -> assertThat(e.getMessage()).contains("2 <EncryptionKey> elements"));
        assertThatThrownBy(() -> parse("<InedoAppConfig><EncryptionKey><x/></EncryptionKey></InedoAppConfig>"))
                .isInstanceOfSatisfying(NodeAccessException.class,
                        e -> assertThat(e.getMessage()).contains("text only"));
    }

    @Test
    void invalidBytesForTheEncodingAreRefused() {
        byte[] bytes = {'<', 'I', 'n', 'e', 'd', 'o', 'A', 'p', 'p', 'C', 'o', 'n', 'f', 'i', 'g', '>', (byte) 0xC3, '<', '/'};
        assertThatThrownBy(() -> InedoAppConfig.parse(bytes, "ProGet.config"))
                .isInstanceOfSatisfying(NodeAccessException.class,
                        e -> assertThat(e.getMessage()).contains("not valid UTF-8"));
    }
}
