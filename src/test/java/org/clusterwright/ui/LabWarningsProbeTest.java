package org.clusterwright.ui;

import org.clusterwright.check.CheckResult;
import org.clusterwright.check.CheckRunner;
import org.clusterwright.check.Status;
import org.clusterwright.engine.CheckPlanner;
import org.clusterwright.engine.Step;
import org.clusterwright.lab.Lab;
import org.clusterwright.secrets.InMemorySecretStore;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

class LabWarningsProbeTest {
    @Test
    void print() throws Exception {
        InMemorySecretStore secrets = new InMemorySecretStore();
        try (Lab lab = Lab.start(Files.createTempDirectory("probe-lab"), secrets)) {
            for (Step step : Step.values()) {
                List<CheckResult> results = new CheckRunner(Duration.ofSeconds(10)).runAll(
                        new CheckPlanner(Duration.ofSeconds(10)).plan(lab.profile(), secrets, List.of(step)));
                for (CheckResult r : results) {
                    if (r.status() != Status.PASS) {
                        System.out.println("PROBE " + step + " " + r.status() + " " + r.id() + " @" + r.target() + ": " + r.summary() + " | " + r.remedy());
                    }
                }
            }
        }
    }
}
