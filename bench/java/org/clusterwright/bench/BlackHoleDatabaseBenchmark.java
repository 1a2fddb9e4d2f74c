package org.clusterwright.bench;

import org.clusterwright.check.CheckResult;
import org.clusterwright.check.CheckRunner;
import org.clusterwright.check.Status;
import org.clusterwright.check.TargetChecks;
import org.clusterwright.database.ConnectionStringCheck;
import org.clusterwright.database.DatabaseProbe;
import org.clusterwright.database.tds.TdsResponder;
import org.clusterwright.profile.DatabaseKind;
import org.clusterwright.profile.Profile;
import org.clusterwright.secrets.Secret;
import org.clusterwright.testing.BlackHole;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The whole database probe against a black-holed address, two ways: a port whose SYNs are dropped (a firewalled
 * host) and a SQL Server that accepts the connection but never answers (a hung server, where encrypt=strict once
 * hung the driver forever). Either way the probe must cost about one timeout; the worse of the two is reported.
 */
final class BlackHoleDatabaseBenchmark implements Benchmark {
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    @Override
    public String name() {
        return "db-black-hole";
    }

    @Override
    public String description() {
        return "full SQL Server database probe against black-holed addresses, total time / configured timeout (bound 1.2)";
    }

    @Override
    public Measurement run() throws Exception {
        double silentPort;
        try (BlackHole hole = new BlackHole()) {
            silentPort = probe("Server=127.0.0.1," + hole.port() + ";Database=ProGet;User ID=proget;Encrypt=strict");
        }
        double hungServer;
        try (TdsResponder server = TdsResponder.builder().mode(TdsResponder.Mode.BLACK_HOLE).start()) {
            hungServer = probe("Server=" + server.host() + "," + server.port()
                    + ";Database=ProGet;User ID=proget;Encrypt=strict");
        }
        System.out.printf(java.util.Locale.ROOT, "  silent port %.3f s, hung server %.3f s%n", silentPort, hungServer);
        return new Measurement("worst total", Math.max(silentPort, hungServer), "configured timeout",
                TIMEOUT.toMillis() / 1000.0, 1.2, "s");
    }

    private static double probe(String connectionString) throws InterruptedException {
        Profile profile = new Profile();
        profile.setName("bench");
        profile.getDatabase().setKind(DatabaseKind.SQL_SERVER);
        profile.getDatabase().setConnectionString(connectionString);
        List<org.clusterwright.check.Check> checks = new ArrayList<>();
        checks.add(new ConnectionStringCheck(profile.getDatabase()));
        checks.addAll(DatabaseProbe.checks(profile, Optional.of(Secret.of("bench-password"))));
        long started = System.nanoTime();
        List<CheckResult> results = new CheckRunner(TIMEOUT).runAll(List.of(new TargetChecks("database", checks)));
        double seconds = (System.nanoTime() - started) / 1e9;
        if (results.stream().noneMatch(r -> r.status() == Status.FAIL || r.status() == Status.ERROR)) {
            throw new IllegalStateException("the black hole answered: " + results);
        }
        return seconds;
    }
}
