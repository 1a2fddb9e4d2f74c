package org.clusterwright.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs checks: targets in parallel, each target's checks in order, every check under a hard deadline. A check
 * that hangs is abandoned at its deadline (its thread is interrupted and left to die on its own), so one dead
 * host never holds up the others. A target with {@link TargetChecks#after()} starts when those targets are done.
 */
public final class CheckRunner {
    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

    private final Duration deadline;
    private final ExecutorService workers;

    public CheckRunner(Duration deadline) {
        this.deadline = requirePositive(deadline);
        this.workers = Executors.newCachedThreadPool(daemonThreads());
    }

    public Duration deadline() {
        return deadline;
    }

    /** Starts the checks and returns at once; {@link CheckRun#await()} waits for every result. */
    public CheckRun start(List<TargetChecks> plan, CheckListener listener) {
        Objects.requireNonNull(listener, "listener");
        CheckRun run = new CheckRun(plan.stream().mapToInt(t -> t.checks().size()).sum(),
                new Findings(plan.stream().map(TargetChecks::target).toList()));
        List<TargetSequence> sequences = new ArrayList<>();
        Map<String, List<CompletableFuture<Void>>> byName = new HashMap<>();
        for (TargetChecks target : plan) {
            TargetSequence sequence = new TargetSequence(target, deadline, workers, run, listener);
            CompletableFuture<Void> finished = startWhenReady(sequence, prerequisites(target, byName));
            byName.computeIfAbsent(target.target(), name -> new ArrayList<>()).add(finished);
            sequences.add(sequence);
            run.track(finished);
        }
        run.sealWhenDone(sequences);
        return run;
    }

    /**
     * The runs a target waits for. Only targets earlier in the plan may be named, which rules out cycles; a name
     * that is not there is a mistake in the plan, not something to wait for forever.
     */
    private static List<CompletableFuture<Void>> prerequisites(TargetChecks target,
                                                               Map<String, List<CompletableFuture<Void>>> byName) {
        List<CompletableFuture<Void>> waits = new ArrayList<>();
        for (String name : target.after()) {
            List<CompletableFuture<Void>> earlier = byName.get(name);
            if (earlier == null) {
                throw new IllegalArgumentException("target " + target.target() + " waits for " + name
                        + ", which is not earlier in the plan");
            }
            waits.addAll(earlier);
        }
        return waits;
    }

    private CompletableFuture<Void> startWhenReady(TargetSequence sequence, List<CompletableFuture<Void>> waits) {
        if (waits.isEmpty()) {
            return CompletableFuture.runAsync(sequence, workers);
        }
        // a prerequisite that broke still counts as finished: the waiting checks report what they can prove
        return CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new))
                .handle((ignored, failure) -> null)
                .thenRunAsync(sequence, workers);
    }

    public List<CheckResult> runAll(List<TargetChecks> plan) throws InterruptedException {
        return start(plan, CheckListener.NONE).await();
    }

    /** Runs the plan to its end and returns the run, for its results and its findings. */
    public CheckRun runToEnd(List<TargetChecks> plan) throws InterruptedException {
        CheckRun run = start(plan, CheckListener.NONE);
        run.await();
        return run;
    }

    private static Duration requirePositive(Duration deadline) {
        if (deadline == null || deadline.isZero() || deadline.isNegative()) {
            throw new IllegalArgumentException("the deadline must be positive, not " + deadline);
        }
        return deadline;
    }

    private static ThreadFactory daemonThreads() {
        return runnable -> {
            Thread thread = new Thread(runnable, "check-" + THREAD_NUMBER.incrementAndGet());
            // a check that ignores interruption must not keep the JVM alive after the user quits
            thread.setDaemon(true);
            return thread;
        };
    }
}
