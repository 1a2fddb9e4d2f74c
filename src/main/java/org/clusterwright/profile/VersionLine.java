package org.clusterwright.profile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.clusterwright.profile.LineProcedure.HaSwitch;
import org.clusterwright.profile.LineProcedure.LoginCookie;
import org.clusterwright.profile.LineProcedure.Messenger;
import org.clusterwright.profile.LineProcedure.SchemaRights;
import org.clusterwright.profile.LineProcedure.WebServer;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The product's release line. The HA procedure changed between lines (one service since 2025, a messenger port in
 * 2023-2024, two enable buttons in 2022, an IIS machine key up to ProGet 5.3), so later steps ask the line's
 * {@link #procedure()}. A new line is a constant here and its row in {@link #procedure()}.
 */
public enum VersionLine {
    V2025_AND_NEWER("2025+", "2025 and newer"),
    V2023_TO_2024("2023-2024", "2023 to 2024"),
    V2022("2022", "2022"),
    PROGET_5_3_AND_OLDER("5.3-", "ProGet 5.3 and older");

    private static final Set<Product> EVERY_PRODUCT = EnumSet.allOf(Product.class);

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

    /**
     * What this line means for clustering, as Inedo's guides for the line describe it. Exhaustive, so a new constant
     * does not compile until its row is written.
     */
    public LineProcedure procedure() {
        // products, web application, HA switch, messenger, login cookie, SQL Server rights, products on InedoDB
        return switch (this) {
            case V2025_AND_NEWER -> new LineProcedure(EVERY_PRODUCT, WebServer.IN_SERVICE, HaSwitch.CLUSTER_DIALOG,
                    Messenger.NONE, LoginCookie.ENCRYPTION_KEY, SchemaRights.DB_OWNER, Set.of(Product.PROGET));
            case V2023_TO_2024 -> new LineProcedure(EVERY_PRODUCT, WebServer.WEB_SERVICE, HaSwitch.CLUSTER_DIALOG,
                    Messenger.TCP_PORT, LoginCookie.ENCRYPTION_KEY, SchemaRights.DB_OWNER_OR_PRODUCT_ROLE, Set.of());
            case V2022 -> new LineProcedure(EVERY_PRODUCT, WebServer.WEB_SERVICE, HaSwitch.ENABLE_PAGES,
                    Messenger.TCP_ENDPOINTS, LoginCookie.ENCRYPTION_KEY, SchemaRights.DB_OWNER_OR_PRODUCT_ROLE,
                    Set.of());
            // Enable Load Balancing, HA mode and the messenger of that era are not listed for 5.3 yet
            case PROGET_5_3_AND_OLDER -> new LineProcedure(Set.of(Product.PROGET), WebServer.WEB_SERVICE_OR_IIS,
                    HaSwitch.NONE, Messenger.NONE, LoginCookie.IIS_MACHINE_KEY, SchemaRights.DB_OWNER_OR_PRODUCT_ROLE,
                    Set.of());
        };
    }

    /** Whether {@code product} was released under this line (ProGet 5.3 and older exists only for ProGet). */
    public boolean appliesTo(Product product) {
        return procedure().releasedFor(product);
    }

    /** The Windows services a restart of one node restarts, the background service first. */
    public List<String> services(Product product) {
        return procedure().webServer().services(product);
    }

    /** True for a product of this line whose login cookie needs the same IIS machine key on every server. */
    public boolean needsMachineKey(Product product) {
        return appliesTo(product) && procedure().iisMachineKey();
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
