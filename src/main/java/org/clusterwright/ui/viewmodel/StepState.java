package org.clusterwright.ui.viewmodel;

/** What the step list shows beside each step. Each state has a word, not just a colour, to stay readable. */
public enum StepState {
    INPUT_NEEDED("Input needed", "state-input"),
    READY("Not checked", "state-ready"),
    CHECKING("Checking…", "state-running"),
    PASSED("Passed", "state-pass"),
    WARNINGS("Warnings", "state-warn"),
    FAILED("Failed", "state-fail");

    private final String label;
    private final String styleClass;

    StepState(String label, String styleClass) {
        this.label = label;
        this.styleClass = styleClass;
    }

    public String label() {
        return label;
    }

    public String styleClass() {
        return styleClass;
    }
}
