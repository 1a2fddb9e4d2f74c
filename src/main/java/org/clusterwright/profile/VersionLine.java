package org.clusterwright.profile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;


/**
 * The product's release line. The HA procedure changed between lines (one service since 2025, a messenger port in
 * 2023-2024, two enable buttons in 2022, an IIS machine key up to ProGet 5.3), so later steps decide by it.
 */
public enum VersionLine {
    V2025_AND_NEWER("2025+", "2025 and newer"),
    V2023_TO_2024("2023-2024", "2023 to 2024"),
    V2022("2022", "2022"),
    PROGET_5_3_AND_OLDER("5.3-", "ProGet 5.3 and older");

    private final String id;
    private final String displayName;

    VersionLine(String id, String displayName) {
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

    /** ProGet 5.3 and older exists only for ProGet; BuildMaster and Otter were never released under that line. */
    public boolean appliesTo(Product product) {
        return this != PROGET_5_3_AND_OLDER || product == Product.PROGET;
    }

    @JsonCreator
    public static VersionLine fromId(String text) {
        return EnumIds.find(values(), text, "version line", VersionLine::id, VersionLine::name);
    }

    @Override
    public String toString() {
        return displayName;
    }
}
