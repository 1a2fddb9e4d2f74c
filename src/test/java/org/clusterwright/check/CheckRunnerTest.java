package org.clusterwright.check;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckRunnerTest {

    /** A check built from a lambda, for tests. */
    record TestCheck(CheckId id, Set<CheckId> requires, Body body) implements Check {
        interface Body {
            Outcome run(CheckContext context) throws Exception;
        }

        static TestCheck of(String id, Body body) {
            return new TestCheck(CheckId.of(id), Set.of(), body);
        }

        TestCheck after(String prerequisite) {
            return new TestCheck(id, Set.of(CheckId.of(prerequisite)), body);
        }

        @Override
        public Outcome run(CheckContext context) throws Exception {
            return body.run(context);
        }
    }

    @Test
    void twentyTargetsOfOneSecondRunInParallel() throws Exception {
        List<TargetChecks> plan = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            plan.add(new TargetChecks("node-" + i, List.of(TestCheck.of("test.sleep", c -> {
                Thread.sleep(1000);
                return Outcome.pass("slept");
            }))));
        }
        long started = System.nanoTime();
        List<CheckResult> results = new CheckRunner(Duration.ofSeconds(5)).runAll(plan);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(results).hasSize(20).allMatch(r -> r.status() == Status.PASS);
        assertThat(millis).as("20 one-second checks in parallel").isLessThan(5_000);
        assertThat(results).extracting(CheckResult::target).containsExactly(
                plan.stream().map(TargetChecks::target).toArray(String[]::new));
    }

    @Test
    void aCheckThatNeverReturnsIsCutAtItsDeadlineAndOthersFinish() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        List<TargetChecks> plan = List.of(
                new TargetChecks("hung", List.of(TestCheck.of("test.hang", c -> {
                    while (true) {
                        try {
                            never.await();
                        } catch (InterruptedException ignored) {
                            // a badly written check that swallows interruption must still be cut off
                        }
                    }
                }))),
                new TargetChecks("healthy", List.of(TestCheck.of("test.quick", c -> Outcome.pass("fine")))));
        long started = System.nanoTime();
        List<CheckResult> results = new CheckRunner(Duration.ofMillis(500)).runAll(plan);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(results.get(0).status()).isEqualTo(Status.ERROR);
        assertThat(results.get(0).summary()).contains("deadline");
        assertThat(results.get(0).remedy()).contains("hung");
        assertThat(results.get(1).status()).isEqualTo(Status.PASS);
        assertThat(millis).isBetween(450L, 3_000L);
    }

    @Test
    void anExceptionBecomesErrorWithTheReasonNeverPass() throws Exception {
        List<CheckResult> results = new CheckRunner(Duration.ofSeconds(2)).runAll(List.of(
                new TargetChecks("db", List.of(TestCheck.of("test.throws", c -> {
                    throw new IllegalStateException("driver exploded");
                })))));
        CheckResult result = results.get(0);
        assertThat(result.status()).isEqualTo(Status.ERROR);
        assertThat(result.summary()).contains("IllegalStateException").contains("driver exploded");
    }

    @Test
    void aNullOutcomeIsAnErrorToo() throws Exception {
        List<CheckResult> results = new CheckRunner(Duration.ofSeconds(2)).runAll(List.of(
                new TargetChecks("db", List.of(TestCheck.of("test.null", c -> null)))));
        assertThat(results.get(0).status()).isEqualTo(Status.ERROR);
    }

    @Test
    void dependentChecksAreSkippedNamingTheFailedPrerequisite() throws Exception {
        List<Integer> ran = Collections.synchronizedList(new ArrayList<>());
        List<CheckResult> results = new CheckRunner(Duration.ofSeconds(2)).runAll(List.of(new TargetChecks("db",
                List.of(TestCheck.of("test.tcp", c -> Outcome.fail("refused", "start it")),
                        TestCheck.of("test.login", c -> {
                            ran.add(1);
                            return Outcome.pass("never");
                        }).after("test.tcp"),
                        TestCheck.of("test.independent", c -> Outcome.warn("meh", "look"))))));
        assertThat(results).extracting(CheckResult::status).containsExactly(Status.FAIL, Status.SKIP, Status.WARN);
        assertThat(results.get(1).summary()).contains("test.tcp").contains("FAIL");
        assertThat(ran).isEmpty();
    }

    @Test
    void checksOfOneTargetShareValuesInOrder() throws Exception {
        CheckContext.Key<String> key = new CheckContext.Key<>("test.value", String.class);
        List<CheckResult> results = new CheckRunner(Duration.ofSeconds(2)).runAll(List.of(new TargetChecks("t",
                List.of(TestCheck.of("test.put", c -> {
                            c.put(key, "hello");
                            return Outcome.pass("put");
                        }),
                        TestCheck.of("test.get", c -> Outcome.pass(c.get(key).orElse("missing")))))));
        assertThat(results.get(1).summary()).isEqualTo("hello");
    }

    @Test
    void resultsArriveAsTheyCompleteAndCancelSkipsTheRest() throws Exception {
        CountDownLatch firstReported = new CountDownLatch(1);
        List<CheckResult> reported = Collections.synchronizedList(new ArrayList<>());
        List<TargetChecks> plan = List.of(new TargetChecks("t", List.of(
                TestCheck.of("test.first", c -> Outcome.pass("first")),
                TestCheck.of("test.slow", c -> {
                    Thread.sleep(30_000);
                    return Outcome.pass("too late");
                }),
                TestCheck.of("test.after", c -> Outcome.pass("never")))));
        CheckRun run = new CheckRunner(Duration.ofSeconds(60)).start(plan, result -> {
            reported.add(result);
            firstReported.countDown();
        });
        assertThat(firstReported.await(5, TimeUnit.SECONDS)).isTrue();
        run.cancel();
        List<CheckResult> results = run.results().get(5, TimeUnit.SECONDS);

        assertThat(results).extracting(CheckResult::status).containsExactly(Status.PASS, Status.SKIP, Status.SKIP);
        assertThat(results.get(1).summary()).contains("Cancelled");
        assertThat(reported).hasSize(3);
        assertThat(run.finished()).isEqualTo(3);
        assertThat(run.total()).isEqualTo(3);
    }

    @Test
    void aTargetThatWaitsStartsOnlyOnceEveryTargetItNamesHasFinishedWhateverTheirResults() throws Exception {
        List<String> done = Collections.synchronizedList(new ArrayList<>());
        List<TargetChecks> plan = List.of(
                new TargetChecks("slow", List.of(TestCheck.of("test.slow", c -> {
                    Thread.sleep(400);
                    done.add("slow");
                    return Outcome.pass("slept");
                }))),
                new TargetChecks("broken", List.of(TestCheck.of("test.broken", c -> {
                    Thread.sleep(200);
                    done.add("broken");
                    throw new IllegalStateException("boom");
                }))),
                new TargetChecks("unrelated", List.of(TestCheck.of("test.quick", c -> Outcome.pass("quick")))),
                new TargetChecks("judge", List.of(TestCheck.of("test.judge", c -> Outcome.pass("saw " + List.copyOf(done)))),
                        Set.of("slow", "broken")));

        List<CheckResult> results = new CheckRunner(Duration.ofSeconds(5)).runAll(plan);

        assertThat(results).extracting(CheckResult::target).containsExactly("slow", "broken", "unrelated", "judge");
        assertThat(results.get(1).status()).isEqualTo(Status.ERROR);
        assertThat(results.get(3).summary()).isIn("saw [slow, broken]", "saw [broken, slow]");
    }

    @Test
    void aTargetMayWaitOnlyForTargetsEarlierInThePlan() {
        TestCheck pass = TestCheck.of("test.pass", c -> Outcome.pass("ok"));
        List<TargetChecks> plan = List.of(new TargetChecks("judge", List.of(pass), Set.of("node")),
                new TargetChecks("node", List.of(pass)));

        assertThatThrownBy(() -> new CheckRunner(Duration.ofSeconds(1)).start(plan, CheckListener.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("judge waits for node");
    }

    @Test
    void aWaitingTargetIsSkippedWhenTheRunIsCancelledBeforeItStarts() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        List<TargetChecks> plan = List.of(
                new TargetChecks("slow", List.of(TestCheck.of("test.slow", c -> {
                    started.countDown();
                    Thread.sleep(30_000);
                    return Outcome.pass("too late");
                }))),
                new TargetChecks("judge", List.of(TestCheck.of("test.judge", c -> Outcome.pass("never"))), Set.of("slow")));
        CheckRun run = new CheckRunner(Duration.ofSeconds(60)).start(plan, CheckListener.NONE);
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        run.cancel();

        List<CheckResult> results = run.results().get(5, TimeUnit.SECONDS);
        assertThat(results).extracting(CheckResult::status).containsExactly(Status.SKIP, Status.SKIP);
        assertThat(results.get(1).summary()).isEqualTo("Cancelled before it started.");
    }

    @Test
    void summaryTakesTheWorstStatus() {
        List<CheckResult> results = List.of(
                new CheckResult(CheckId.of("a.b"), "t", Status.PASS, "ok", "", "", 1, null),
                new CheckResult(CheckId.of("a.c"), "t", Status.WARN, "hm", "", "do", 1, null));
        RunSummary summary = RunSummary.of(results);
        assertThat(summary.worst()).isEqualTo(Status.WARN);
        assertThat(summary.count(Status.PASS)).isEqualTo(1);
        assertThat(ExitCodes.of(summary)).isEqualTo(ExitCodes.WARNINGS);
    }
}
