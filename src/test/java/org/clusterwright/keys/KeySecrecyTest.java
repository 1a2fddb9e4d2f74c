package org.clusterwright.keys;

import org.clusterwright.check.CheckResult;
import org.clusterwright.cluster.HaChecklist;
import org.clusterwright.cluster.HaItem;
import org.clusterwright.database.EmbeddedPostgresServer;
import org.clusterwright.engine.KeyWorkflow;
import org.clusterwright.keys.KeyPlan.Decision;
import org.clusterwright.nodes.ConfigElement;
import org.clusterwright.nodes.NodeConfigFolders;
import org.clusterwright.profile.DatabaseKind;
import org.clusterwright.profile.ProfileStore;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.profile.VersionLine;
import org.clusterwright.report.JsonResults;
import org.clusterwright.report.ResultsDocument;
import org.clusterwright.secrets.Secret;
import org.clusterwright.testing.SambaRequirements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The secrecy proof the key step owes: a whole run (survey with the database probe, plan, apply, read back, failures
 * on the way) against three real SMB nodes and a real PostgreSQL, with known keys and passwords, then the profile and
 * a JSON report written. No secret, in any of the forms a key is written in, may appear in a file written outside
 * the nodes' config folders, a log line (the libraries' raw log file, java.util.logging), an exception, or any
 * object's text.
 */
@Timeout(180)
class KeySecrecyTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** Where every library logs during tests, unmasked (src/test/resources/logging-test.properties). */
    private static final Path SLF4J_LOG = Path.of("target/smbj-test.log");
    private static final String WRONG_DB_PASSWORD = "Wrong-" + EmbeddedPostgresServer.OWNER_PASSWORD;

    @TempDir
    static Path dir;
    static SambaCluster cluster;

    @BeforeAll
    static void startNodes() throws Exception {
        SambaRequirements.assumeAvailable();
        cluster = SambaCluster.start(dir.resolve("nodes"));
    }

    @AfterAll
    static void stopNodes() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aWholeKeyRunLeavesNoSecretInFilesLogsExceptionsOrText() throws Exception {
        long slf4jStart = Files.exists(SLF4J_LOG) ? Files.size(SLF4J_LOG) : 0;
        List<String> logged = new ArrayList<>();
        Handler julCapture = captureJavaUtilLogging(logged);
        List<String> texts = new ArrayList<>();
        List<CheckResult> report = new ArrayList<>();
        MachineKey machineKey;
        Secret connectionString = Secret.of(connectionString() + ";Password=" + EmbeddedPostgresServer.OWNER_PASSWORD);
        try {
            cluster.reset();
            cluster.twoMatchingOneDifferent();
            cluster.profile.getDatabase().setKind(DatabaseKind.POSTGRESQL);
            cluster.profile.getDatabase().setConnectionString(connectionString());
            cluster.profile.setVersionLine(VersionLine.PROGET_5_3_AND_OLDER);
            KeyService service = new KeyService(cluster.profile, cluster.secrets,
                    new NodeConfigFolders(cluster.profile.getId(), cluster.secrets, TIMEOUT), TIMEOUT,
                    Clock.systemUTC());

            // failures first: a wrong database password, a wrong SMB password, an apply that must refuse
            cluster.secrets.put(cluster.profile.getId(), SecretRef.DATABASE_PASSWORD, Secret.of(WRONG_DB_PASSWORD));
            smbPassword(1, "Wrong-" + cluster.servers.get(1).password());
            KeyWorkflow workflow = new KeyWorkflow(cluster.profile, cluster.secrets, TIMEOUT, service);
            KeySurvey failing = workflow.survey(Optional.empty());
            KeyPlan blocked = service.plan(failing, KeyRequest.adoptExisting().adoptingFrom("node-1"));
            texts.add(failing + " " + blocked);
            report.addAll(failing.databaseResults());
            report.addAll(failing.inspection().results());
            report.addAll(blocked.results());
            texts.add(thrown(() -> service.apply(blocked, Optional.empty(), KeyApplyListener.NONE)));
            texts.add(thrown(() -> service.backups(cluster.node(1))));

            // then the real run
            cluster.secrets.put(cluster.profile.getId(), SecretRef.DATABASE_PASSWORD,
                    Secret.of(EmbeddedPostgresServer.OWNER_PASSWORD));
            smbPassword(1, cluster.servers.get(1).password());
            KeySurvey survey = workflow.survey(Optional.empty());
            KeyRequest request = KeyRequest.adoptExisting()
                    .withConnectionString(ConfigElement.POSTGRES_CONNECTION_STRING, connectionString);
            KeyPlan plan = service.plan(survey, request);
            assertThat(plan.decision()).isEqualTo(Decision.ADOPT);
            assertThat(survey.installation().existing()).isTrue();
            List<NodeApplyResult> applied = service.apply(plan, Optional.empty(), KeyApplyListener.NONE);
            KeyInspection after = service.inspect();
            service.remember(plan);
            machineKey = service.machineKey().orElseThrow();
            texts.add(survey + " " + request + " " + plan + " " + applied + " " + after + " " + machineKey + " "
                    + machineKey.element() + " " + MachineKey.instructions() + " "
                    + new HaChecklist(cluster.profile).items().stream().map(HaItem::text).toList());
            plan.changes().forEach(change -> texts.add(change + " " + change.note() + " " + change.diff()));
            report.addAll(survey.databaseResults());
            report.addAll(survey.inspection().results());
            report.addAll(plan.results());
            applied.forEach(result -> report.add(result.toCheckResult(NodeApplyResult.APPLY)));
            report.addAll(after.results());
            assertThat(Files.readString(cluster.config(1))).contains(SambaCluster.KEY_A)
                    .contains(EmbeddedPostgresServer.OWNER_PASSWORD);

            Path work = Files.createDirectories(dir.resolve("work"));
            new ProfileStore().save(cluster.profile, work.resolve("cluster.json"));
            Files.writeString(work.resolve("report.json"), new JsonResults().write(ResultsDocument.of("test",
                    cluster.profile.getId(), cluster.profile.getName(), Instant.now(), Instant.now(), report)));
        } finally {
            Logger.getLogger("").removeHandler(julCapture);
        }

        List<String> secrets = secretForms(machineKey);
        assertThat(report).isNotEmpty();
        for (String text : texts) {
            SecretScan.assertNoSecret("an object's text or an exception", text, secrets);
        }
        SecretScan.assertNoSecret("java.util.logging", String.join("\n", logged), secrets);
        String slf4j = tail(SLF4J_LOG, slf4jStart);
        assertThat(slf4j).as("SMBJ logs at debug level during tests").contains("com.hierynomus");
        SecretScan.assertNoSecret("slf4j's log", slf4j, secrets);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                // the nodes' folders hold the config files (where the secrets belong) and the SMB servers' own state
                if (!file.startsWith(dir.resolve("nodes"))) {
                    SecretScan.assertNoSecret(file.toString(), Files.readString(file, StandardCharsets.ISO_8859_1), secrets);
                }
            }
        }
        assertThat(Files.readString(dir.resolve("work/report.json"))).contains("key.decision").contains("db.installation");
    }

    /** Every secret of the run, the keys in each form they might leak in. */
    private static List<String> secretForms(MachineKey machineKey) {
        List<String> forms = new ArrayList<>();
        forms.addAll(SecretScan.keyForms(SambaCluster.KEY_A));
        forms.addAll(SecretScan.keyForms(SambaCluster.KEY_B));
        forms.addAll(List.of(SambaCluster.SQL_PASSWORD, SambaCluster.PG_PASSWORD, EmbeddedPostgresServer.OWNER_PASSWORD,
                WRONG_DB_PASSWORD, machineKey.validationKey().reveal(), machineKey.decryptionKey().reveal()));
        cluster.servers.forEach(server -> forms.add(server.password()));
        return forms;
    }

    private static String connectionString() {
        return "Host=localhost;Port=" + EmbeddedPostgresServer.port() + ";Database=installed;Username="
                + EmbeddedPostgresServer.OWNER;
    }

    private static void smbPassword(int node, String password) {
        cluster.secrets.put(cluster.profile.getId(), NodeConfigFolders.passwordRef(cluster.node(node)), Secret.of(password));
    }

    private interface Action {
        Object run() throws Exception;
    }

    /** The message and whole stack trace (causes included) of what {@code action} threw; it must throw. */
    private static String thrown(Action action) {
        StringWriter trace = new StringWriter();
        assertThatThrownBy(() -> {
            try {
                action.run();
            } catch (Exception e) {
                e.printStackTrace(new PrintWriter(trace));
                throw e;
            }
        }).isInstanceOf(Exception.class);
        return trace.toString();
    }

    /** Every record java.util.logging emits while the run lasts, our own packages at every level. */
    private static Handler captureJavaUtilLogging(List<String> lines) {
        Handler handler = new Handler() {
            private final SimpleFormatter formatter = new SimpleFormatter();

            @Override
            public void publish(LogRecord logRecord) {
                synchronized (lines) {
                    lines.add(formatter.format(logRecord));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        handler.setLevel(Level.ALL);
        Logger.getLogger("org.clusterwright").setLevel(Level.ALL);
        Logger.getLogger("").addHandler(handler);
        return handler;
    }

    private static String tail(Path file, long from) throws IOException {
        if (!Files.exists(file)) {
            return "";
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            byte[] added = new byte[(int) Math.max(0, in.length() - from)];
            in.seek(from);
            in.readFully(added);
            return new String(added, StandardCharsets.ISO_8859_1);
        }
    }
}
