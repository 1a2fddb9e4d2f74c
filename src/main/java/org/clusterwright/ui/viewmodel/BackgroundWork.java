package org.clusterwright.ui.viewmodel;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * One piece of work at a time off the FX thread (writing to nodes, creating a folder, calling an API), with its
 * outcome handed back on the FX thread. {@link #busyProperty()} is true meanwhile, so the page can disable its
 * buttons.
 */
final class BackgroundWork {
    /** The work; it returns what to do with its outcome on the FX thread. */
    interface Work {
        Runnable run() throws Exception;
    }

    private final Executor fxThread;
    private final ExecutorService worker;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    BackgroundWork(String threadName, Executor fxThread) {
        this.fxThread = fxThread;
        this.worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            // the user may close the wizard while a node is slow to answer
            thread.setDaemon(true);
            return thread;
        });
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    boolean isBusy() {
        return busy.get();
    }

    /**
     * Starts {@code work}; call on the FX thread. When it throws, {@code onFailure} words the exception (an
     * interruption included) as what to do on the FX thread instead.
     */
    void start(Work work, Function<Exception, Runnable> onFailure) {
        busy.set(true);
        worker.execute(() -> {
            Runnable then;
            try {
                then = work.run();
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                then = onFailure.apply(e);
            }
            Runnable finish = then;
            fxThread.execute(() -> {
                busy.set(false);
                finish.run();
            });
        });
    }
}
