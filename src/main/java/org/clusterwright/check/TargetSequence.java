package org.clusterwright.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs one target's checks in order, each on a worker thread it can abandon at the deadline. */
final class TargetSequence implements Runnable {
    private final TargetChecks target;
    private final Duration deadline;
    private final ExecutorService workers;
    private final CheckRun run;
    private final CheckListener listener;
    private final List<CheckResult> results = new ArrayList<>();

    TargetSequence(TargetChecks target, Duration deadline, ExecutorService workers, CheckRun run,
                   CheckListener listener) {
        this.target = target;
        this.deadline = deadline;
        this.workers = workers;
        this.run = run;
        this.listener = listener;
    }

    List<CheckResult> results() {
        return results;
    }

    @Override
    public void run() {
        CheckContext context = CheckContext.ofSequence(target.target(), deadline, run.findings(), target.after());
        Map<CheckId, Status> statuses = new HashMap<>();
        for (Check check : target.checks()) {
            CheckResult result = resultOf(check, context, statuses);
            statuses.put(check.id(), result.status());
            results.add(result);
            run.recordFinished(result);
            listener.finished(result);
        }
    }

    private CheckResult resultOf(Check check, CheckContext context, Map<CheckId, Status> statuses) {
        if (run.isCancelled()) {
            return stamp(check, Outcome.skip("Cancelled before it started."), 0);
        }
        for (CheckId prerequisite : check.requires()) {
            Status status = statuses.get(prerequisite);
            if (status == null || !status.allowsDependents()) {
                String why = status == null ? "was not part of this run" : "ended " + status;
                return stamp(check, Outcome.skip("Not run: " + prerequisite + " " + why + "."), 0);
            }
        }
        return runWithDeadline(check, context);
    }

    private CheckResult runWithDeadline(Check check, CheckContext context) {
        long started = System.nanoTime();
        CheckContext scope = context.forCheck();
        Future<Outcome> future = workers.submit(() -> check.run(scope));
        run.trackRunning(future);
        Outcome outcome;
        try {
            outcome = future.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
            if (outcome == null) {
                outcome = Outcome.error("The check returned no result.", "Report this as a bug in Clusterwright.");
            } else {
                scope.commit();
            }
        } catch (TimeoutException e) {
            future.cancel(true);
            outcome = Outcome.error("Did not finish within the " + seconds(deadline) + " deadline.",
                    "Check that " + target.target() + " is reachable and answering, or raise the timeout.");
        } catch (CancellationException e) {
            outcome = Outcome.skip("Cancelled while running.");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            outcome = Outcome.skip("Cancelled while running.");
        } catch (ExecutionException e) {
            outcome = ErrorOutcomes.fromException(e.getCause());
        } finally {
            run.untrack(future);
        }
        if (run.isCancelled() && outcome.status() == Status.ERROR) {
            outcome = Outcome.skip("Cancelled while running.");
        }
        return stamp(check, outcome, System.nanoTime() - started);
    }

    private CheckResult stamp(Check check, Outcome outcome, long nanos) {
        return CheckResult.of(check.id(), target.target(), outcome, Duration.ofNanos(nanos));
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format("%.1f s", millis / 1000.0);
    }
}
