package org.clusterwright.profile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;

/** How Clusterwright reaches a node's configuration. */
public enum NodeAccess {
    /** A Windows server whose SharedConfig folder is read and written over the SMB admin share. */
    WINDOWS_SMB("windows-smb", "Windows (SMB admin share)"),
    /** A Docker or Linux node configured by environment variables in an env or compose file. */
    DOCKER("docker", "Docker / Linux"),
    /** A node the administrator configures by hand from the checklist. */
    MANUAL("manual", "Manual");

    private final String id;
    private final String displayName;

    NodeAccess(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    @JsonCreator
    public static NodeAccess fromId(String text) {
        return Arrays.stream(values())
                .filter(a -> a.id.equalsIgnoreCase(text))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown node access '" + text + "': expected windows-smb, docker or manual"));
    }

    @Override
    public String toString() {
        return displayName;
    }
}
