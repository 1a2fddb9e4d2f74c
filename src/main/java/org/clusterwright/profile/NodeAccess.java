package org.clusterwright.profile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;


/** How Clusterwright reaches a node's configuration. */
public enum NodeAccess {
    /** A Windows server whose SharedConfig folder is read and written over the SMB admin share. */
    WINDOWS_SMB("windows-smb", "Windows (SMB admin share)"),
    /** A Docker or Linux node configured by environment variables in an env or compose file. */
    DOCKER("docker", "Docker / Linux"),
    /**
     * A pod of a Kubernetes workload, configured like a Docker node (an env file, or the Secret manifest its pods
     * take their variables from) and restarted by a rolling restart of its workload.
     */
    KUBERNETES("kubernetes", "Kubernetes pod"),
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

    /**
     * True for nodes that run Inedo's Linux container image: they see the shared storage at the image's path, take
     * their settings from the environment, and get no Windows items (services, robocopy, NTFS rights, IIS).
     */
    public boolean container() {
        return switch (this) {
            case DOCKER, KUBERNETES -> true;
            case WINDOWS_SMB, MANUAL -> false;
        };
    }

    @JsonCreator
    public static NodeAccess fromId(String text) {
        return EnumIds.find(values(), text, "node access", NodeAccess::id);
    }

    @Override
    public String toString() {
        return displayName;
    }
}
