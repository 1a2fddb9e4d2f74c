package org.clusterwright.check;

/** Hears about each result as soon as it exists, for progress displays. Called from runner threads. */
@FunctionalInterface
public interface CheckListener {
    void finished(CheckResult result);

    CheckListener NONE = result -> { };
}
