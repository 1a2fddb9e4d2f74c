package org.clusterwright.ui.viewmodel;

import org.clusterwright.engine.Step;

import java.util.Optional;

/** The wizard's pages, in order: a welcome page, the five steps, and the report. */
public enum PageId {
    WELCOME("Welcome", null),
    DATABASE("1  Database and servers", Step.DATABASE),
    ENCRYPTION_KEY("2  Encryption key", Step.ENCRYPTION_KEY),
    STORAGE("3  Shared storage", Step.STORAGE),
    HIGH_AVAILABILITY("4  High availability", Step.HIGH_AVAILABILITY),
    VERIFY("5  Verify", Step.VERIFY),
    REPORT("Report", null);

    private final String title;
    private final Step step;

    PageId(String title, Step step) {
        this.title = title;
        this.step = step;
    }

    public String title() {
        return title;
    }

    public Optional<Step> step() {
        return Optional.ofNullable(step);
    }

    public static PageId of(Step step) {
        for (PageId page : values()) {
            if (page.step == step) {
                return page;
            }
        }
        throw new IllegalArgumentException("no page for " + step);
    }
}
