package org.clusterwright.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs checks: targets in parallel, each target's checks in order, every check under a hard deadline. A check
 * that hangs is abandoned at its deadline (its thread is interrupted and left to die on its own), so one dead
 * host never holds up the others.
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
        CheckRun run = new CheckRun(plan.stream().mapToInt(t -> t.checks().size()).sum());
        List<TargetSequence> sequences = new ArrayList<>();
        for (TargetChecks target : plan) {
            sequences.add(new TargetSequence(target, deadline, workers, run, listener));
        }
        sequences.forEach(sequence -> run.track(workers.submit(sequence)));
        run.sealWhenDone(sequences);
        return run;
    }

    public List<CheckResult> runAll(List<TargetChecks> plan) throws InterruptedException {
        return start(plan, CheckListener.NONE).await();
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
