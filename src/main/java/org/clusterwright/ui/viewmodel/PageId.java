package org.clusterwright.ui.viewmodel;

import org.clusterwright.engine.Step;

import java.util.Optional;

/** The wizard's pages, in order: a welcome page, the five steps, and the report. */
public enum PageId {
    WELCOME("Welcome", null, ""),
    DATABASE("1  Database and servers", Step.DATABASE, "Step 1: Install the product on each server"),
    ENCRYPTION_KEY("2  Encryption key", Step.ENCRYPTION_KEY, "Step 2: Configure the EncryptionKey"),
    STORAGE("3  Shared storage", Step.STORAGE, "Step 3: Configure shared storage"),
    HIGH_AVAILABILITY("4  High availability", Step.HIGH_AVAILABILITY, "Step 4: Enable in the product"),
    VERIFY("5  Verify", Step.VERIFY, "Step 5: Verify health and configuration"),
    REPORT("Report", null, "");

    /** Inedo's page the five steps follow: "Configuring High Availability & Load Balancing". */
    public static final String GUIDE = "https://docs.inedo.com/docs/installation-high-availability-load-balancing";

    private final String title;
    private final Step step;
    private final String guideSection;

    PageId(String title, Step step, String guideSection) {
        this.title = title;
        this.step = step;
        this.guideSection = guideSection;
    }

    /** The section of Inedo's guide ({@link #GUIDE}) this page follows; empty for a page of the wizard's own. */
    public Optional<String> guideSection() {
        return guideSection.isEmpty() ? Optional.empty() : Optional.of(guideSection);
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
