package org.clusterwright.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A run in progress: how far it is, a way to cancel it, what its checks found, and its results in plan order once
 * done.
 */
public final class CheckRun {
    private final int total;
    private final AtomicInteger finished = new AtomicInteger();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final Set<Future<?>> running = ConcurrentHashMap.newKeySet();
    private final List<Future<?>> sequences = new ArrayList<>();
    private final CompletableFuture<List<CheckResult>> done = new CompletableFuture<>();
    private final Findings findings;

    CheckRun(int total, Findings findings) {
        this.total = total;
        this.findings = findings;
    }

    public int total() {
        return total;
    }

    public int finished() {
        return finished.get();
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Stops the run: checks not yet started are skipped and running ones are interrupted and reported SKIP. */
    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            running.forEach(future -> future.cancel(true));
        }
    }

    /** Completes with every result, in plan order, once the last check has finished. */
    public CompletableFuture<List<CheckResult>> results() {
        return done;
    }

    /**
     * What the run's checks found, by target: filled as each check finishes in time, complete once
     * {@link #results()} is.
     */
    public Findings findings() {
        return findings;
    }

    public List<CheckResult> await() throws InterruptedException {
        try {
            return done.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the check runner failed", e.getCause());
        }
    }

    void track(Future<?> sequence) {
        sequences.add(sequence);
    }

    void trackRunning(Future<?> future) {
        running.add(future);
        if (cancelled.get()) {
            future.cancel(true);
        }
    }

    void untrack(Future<?> future) {
        running.remove(future);
    }

    void recordFinished(CheckResult result) {
        finished.incrementAndGet();
    }

    void sealWhenDone(List<TargetSequence> targets) {
        CompletableFuture.runAsync(() -> {
            try {
                for (Future<?> sequence : sequences) {
                    sequence.get();
                }
                List<CheckResult> all = new ArrayList<>();
                targets.forEach(target -> all.addAll(target.results()));
                done.complete(List.copyOf(all));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                done.completeExceptionally(e);
            } catch (ExecutionException e) {
                done.completeExceptionally(e.getCause());
            }
        });
    }
}
