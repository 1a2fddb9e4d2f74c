package org.clusterwright.profile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.clusterwright.profile.LineProcedure.Balancing;
import org.clusterwright.profile.LineProcedure.ContainerSql;
import org.clusterwright.profile.LineProcedure.HaSwitch;
import org.clusterwright.profile.LineProcedure.LoginCookie;
import org.clusterwright.profile.LineProcedure.Messenger;
import org.clusterwright.profile.LineProcedure.SchemaRights;
import org.clusterwright.profile.LineProcedure.SettingsApi;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.clusterwright.profile.WebHosting.IIS;
import static org.clusterwright.profile.WebHosting.ONE_SERVICE;
import static org.clusterwright.profile.WebHosting.WEB_SERVICE;

/**
 * The product's release line. Every version with the Cluster page has one (ProGet 5.3.16 and later, BuildMaster 7
 * and later, Otter 3 and later: installation-cluster-management.md), and the HA procedure changed between lines (one
 * service since 2025, a messenger port in 2023-2024, two enable buttons before that, an IIS machine key up to ProGet
 * 5.3), so later steps ask the line's {@link #procedure()}. A new line is a constant here and its row there.
 */
public enum VersionLine {
    V2025_AND_NEWER("2025+", "2025 and newer"),
    V2023_TO_2024("2023-2024", "2023 to 2024"),
    V2022("2022", "2022"),
    // ProGet 6, BuildMaster 7 and Otter 3: the releases with the Cluster page before the products took years as names
    BEFORE_2022("before-2022", "before 2022"),
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
     * does not compile until its row is written. Sources: the current guide (high-availability-load-balancing.md),
     * its 2024 form with "Configuring Version 2022" and "ProGet 5.3 and Earlier" (c82fd288), the ProGet and
     * BuildMaster guides and the service-messenger page of that time (bf6802c5), the web hosting page
     * (Content/installation/windows/web/#.md: no IIS from 2025) and the service pages.
     */
    public LineProcedure procedure() {
        // products, web hostings, balancing, HA switch, messenger, login cookie, SQL Server rights, InedoDB,
        // settings API, a container's SQL Server variable
        return switch (this) {
            case V2025_AND_NEWER -> new LineProcedure(EVERY_PRODUCT, List.of(ONE_SERVICE), Balancing.ANY_HOSTING,
                    HaSwitch.CLUSTER_DIALOG, Messenger.NONE, LoginCookie.ENCRYPTION_KEY, SchemaRights.DB_OWNER,
                    Set.of(Product.PROGET), SettingsApi.DOCUMENTED, ContainerSql.PRODUCT_VARIABLE);
            // Optimized Service Mode (ProGet 2024.33) runs the web server in the one service, as 2025 does
            case V2023_TO_2024 -> new LineProcedure(EVERY_PRODUCT, List.of(WEB_SERVICE, IIS, ONE_SERVICE),
                    Balancing.ANY_HOSTING, HaSwitch.CLUSTER_DIALOG, Messenger.TCP_PORT, LoginCookie.ENCRYPTION_KEY,
                    SchemaRights.DB_OWNER_OR_PRODUCT_ROLE, Set.of(), SettingsApi.FROM_2024, ContainerSql.PRODUCT_VARIABLE);
            case V2022 -> new LineProcedure(EVERY_PRODUCT, List.of(WEB_SERVICE, IIS), Balancing.ANY_HOSTING,
                    HaSwitch.ENABLE_PAGES, Messenger.TCP_ENDPOINTS, LoginCookie.ENCRYPTION_KEY,
                    SchemaRights.DB_OWNER_OR_PRODUCT_ROLE, Set.of(), SettingsApi.NONE, ContainerSql.PRODUCT_VARIABLE);
            case BEFORE_2022 -> new LineProcedure(EVERY_PRODUCT, List.of(IIS, WEB_SERVICE), Balancing.IIS_ONLY,
                    HaSwitch.ENABLE_PAGES, Messenger.TCP_WILDCARD, LoginCookie.ENCRYPTION_KEY,
                    SchemaRights.DB_OWNER_OR_PRODUCT_ROLE, Set.of(), SettingsApi.NONE, ContainerSql.PRODUCT_VARIABLE);
            case PROGET_5_3_AND_OLDER -> new LineProcedure(Set.of(Product.PROGET), List.of(IIS, WEB_SERVICE),
                    Balancing.IIS_ONLY, HaSwitch.ENABLE_PAGES, Messenger.TCP_WILDCARD, LoginCookie.IIS_MACHINE_KEY,
                    SchemaRights.DB_OWNER_OR_PRODUCT_ROLE, Set.of(), SettingsApi.NONE, ContainerSql.LEGACY_VARIABLE);
        };
    }

    /** Whether {@code product} was released under this line (ProGet 5.3 and older exists only for ProGet). */
    public boolean appliesTo(Product product) {
        return procedure().releasedFor(product);
    }

    /** True for a product of this line whose login cookie needs the same IIS machine key on every server. */
    public boolean needsMachineKey(Product product) {
        return appliesTo(product) && procedure().iisMachineKey();
    }

    /** How the server's storage path is set on this line: ProGet's settings API exists only from 2024. */
    public ProductStorage.PathSetting storagePath(Product product) {
        ProductStorage.PathSetting setting = product.storage().pathSetting();
        return switch (setting) {
            case SETTINGS_API -> procedure().settingsApi().exists() ? setting : ProductStorage.PathSetting.BY_HAND;
            case BY_HAND, NONE -> setting;
        };
    }

    /**
     * The environment variables a container of this line reads, for a Docker export: the EncryptionKey's, the SQL
     * Server connection string's (with what else it needs), and PostgreSQL's.
     */
    public ContainerVariables containerVariables(Product product) {
        String prefix = product.environmentPrefix() + "_";
        return switch (procedure().containerSql()) {
            case PRODUCT_VARIABLE -> new ContainerVariables(prefix + "ENCRYPTION_KEY", prefix + "SQL_CONNECTION_STRING",
                    java.util.Map.of(), prefix + "POSTGRES_CONNECTION_STRING");
            case LEGACY_VARIABLE -> new ContainerVariables(prefix + "ENCRYPTION_KEY", "SQL_CONNECTION_STRING",
                    java.util.Map.of(prefix + "DB_TYPE", "SqlServer"), prefix + "POSTGRES_CONNECTION_STRING");
        };
    }

    /** The variable names a container reads; {@code withSql} are set beside the SQL Server connection string. */
    public record ContainerVariables(String key, String sql, java.util.Map<String, String> withSql, String postgres) {
    }

    /**
     * The line a release belongs to, or why none: versions without the Cluster page (before ProGet 5.3.16,
     * BuildMaster 7, Otter 3) have no line, and the note says so.
     */
    public static LineMatch forRelease(Product product, ReleaseVersion version) {
        if (version.yearNamed()) {
            VersionLine line = version.major() >= 2025 ? V2025_AND_NEWER
                    : version.major() >= 2023 ? V2023_TO_2024 : version.major() == 2022 ? V2022 : null;
            return line == null ? LineMatch.none(product + " " + version.text() + " is not a release Clusterwright knows.")
                    : LineMatch.of(line);
        }
        return switch (product) {
            case PROGET -> version.major() == 6 ? LineMatch.of(BEFORE_2022)
                    : version.major() == 5 && version.atLeast(5, 3, 16) ? LineMatch.of(PROGET_5_3_AND_OLDER)
                    : version.major() == 5 ? LineMatch.none("ProGet " + version.shortName() + " has no Cluster page; it"
                    + " came with ProGet 5.3.16, so upgrade before clustering.")
                    : LineMatch.none("ProGet " + version.text() + " is not a release Clusterwright knows.");
            case BUILDMASTER -> version.major() == 7 ? LineMatch.of(BEFORE_2022)
                    : LineMatch.none("BuildMaster " + version.shortName() + " has no Cluster page; it came with"
                    + " BuildMaster 7, so upgrade before clustering.");
            case OTTER -> version.major() == 3 ? LineMatch.of(BEFORE_2022)
                    : LineMatch.none("Otter " + version.shortName() + " has no Cluster page; it came with Otter 3, so"
                    + " upgrade before clustering.");
        };
    }

    /** The release line a version belongs to, or a note saying why it has none. */
    public record LineMatch(Optional<VersionLine> line, String note) {
        static LineMatch of(VersionLine line) {
            return new LineMatch(Optional.of(line), "");
        }

        static LineMatch none(String note) {
            return new LineMatch(Optional.empty(), note);
        }
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
