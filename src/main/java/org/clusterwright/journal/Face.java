package org.clusterwright.journal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which of Clusterwright's two faces ran something; the journal writes {@code cli} or {@code wizard}. */
public enum Face {
    @JsonProperty("cli") COMMAND_LINE("command line"),
    @JsonProperty("wizard") WIZARD("wizard");

    private final String displayName;

    Face(String displayName) {
        this.displayName = displayName;
    }

    /** As the report names it. */
    public String displayName() {
        return displayName;
    }
}
