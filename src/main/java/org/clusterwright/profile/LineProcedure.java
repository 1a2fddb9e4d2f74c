package org.clusterwright.profile;

import java.util.List;
import java.util.Set;

/**
 * What one release line means for clustering: which products were released under it, what may host the web
 * application, how High Availability is switched on, how the services reach each other, what signs the login cookie,
 * what the SQL Server login must be, which products run on InedoDB, and whether ProGet's settings API exists. Answers
 * are kinds rather than flags, and the code that acts on one switches over every kind without a default, so a new
 * kind does not compile until each place has decided what it means there.
 *
 * @param products  the products released under this line
 * @param hostings  what may host the web application on a Windows node; the first is what Inedo's guide for the line
 *                  assumes, and a profile that says nothing is taken to use it
 * @param onInedoDb the products that run on InedoDB (PostgreSQL) in this line: embedded, private to one server,
 *                  unless a connection string names a shared one; the others use SQL Server only
 * @param containerSql the environment variable a container reads its SQL Server connection string from
 */
public record LineProcedure(Set<Product> products, List<WebHosting> hostings, Balancing balancing, HaSwitch haSwitch,
                            Messenger messenger, LoginCookie loginCookie, SchemaRights sqlServerRights,
                            Set<Product> onInedoDb, SettingsApi settingsApi, ContainerSql containerSql) {

    public LineProcedure {
        products = Set.copyOf(products);
        hostings = List.copyOf(hostings);
        onInedoDb = Set.copyOf(onInedoDb);
        if (hostings.isEmpty()) {
            throw new IllegalArgumentException("a release line needs at least one web hosting");
        }
    }

    public boolean releasedFor(Product product) {
        return products.contains(product);
    }

    public boolean inedoDb(Product product) {
        return onInedoDb.contains(product);
    }

    /** The hosting a profile that says nothing about it is taken to use. */
    public WebHosting defaultHosting() {
        return hostings.get(0);
    }

    /** True when the login cookie needs the same IIS machine key on every Windows server. */
    public boolean iisMachineKey() {
        return switch (loginCookie) {
            case ENCRYPTION_KEY -> false;
            case IIS_MACHINE_KEY -> true;
        };
    }

    /** Which hostings Inedo's load-balancing guide for the line supports. */
    public enum Balancing {
        /** Any hosting the line has. */
        ANY_HOSTING,
        /**
         * "Load balancing is only supported when using IIS" (the ProGet and BuildMaster guides of that time,
         * Inedo/inedo-docs bf6802c5 ProGet/installation/load-balancing-and-automatic-failover.md line 44).
         */
        IIS_ONLY
    }

    /** Where in the product High Availability is switched on. */
    public enum HaSwitch {
        /** Administration > Cluster Overview > More Info > configure: one tick box. */
        CLUSTER_DIALOG,
        /** Two pages: Enable Load Balancing, then Enable High Availability Mode. */
        ENABLE_PAGES
    }

    /** How the nodes' services reach each other. */
    public enum Messenger {
        /** Through the shared database only. */
        NONE,
        /** The service messenger on a TCP port that must be open between the nodes. */
        TCP_PORT,
        /** The TCP messenger, with its endpoint set for the cluster and for each service node by hand. */
        TCP_ENDPOINTS,
        /**
         * The TCP messenger set once to {@code tcp://*:PORT}, the primary node's address taking the star's place
         * (the service-messenger page of that time, Inedo/inedo-docs bf6802c5).
         */
        TCP_WILDCARD;

        /** True when every service node must accept the messenger's TCP port from the others. */
        public boolean opensPort() {
            return switch (this) {
                case NONE -> false;
                case TCP_PORT, TCP_ENDPOINTS, TCP_WILDCARD -> true;
            };
        }
    }

    /** What signs and encrypts the login cookie, and so must be the same on every server. */
    public enum LoginCookie {
        /** The EncryptionKey of the shared config file (step 2). */
        ENCRYPTION_KEY,
        /** The IIS machine key in the web site's web.config, besides the EncryptionKey. */
        IIS_MACHINE_KEY
    }

    /** The SQL Server rights that let the product's login change the schema. */
    public enum SchemaRights {
        /** db_owner: schema updates run when the service starts. */
        DB_OWNER,
        /** db_owner, or membership of the product's own {@code <Product>User_Role}. */
        DB_OWNER_OR_PRODUCT_ROLE;

        public boolean productRoleSuffices() {
            return switch (this) {
                case DB_OWNER -> false;
                case DB_OWNER_OR_PRODUCT_ROLE -> true;
            };
        }
    }

    /** Whether ProGet has the settings API ({@code /api/settings}, what {@code pgutil settings} calls). */
    public enum SettingsApi {
        /** Documented for the line (Content/proget/api/pgutil.md, "Configure Settings in pgutil"). */
        DOCUMENTED,
        /**
         * pgutil came with ProGet 2024 (proget-upgrade-2024.md, "New Command-line Tool pgutil"); on 2023 the API is
         * not documented, so a 404 there means: set the path by hand.
         */
        FROM_2024,
        /** Not there: the storage path is set by hand in Administration > Advanced Settings. */
        NONE;

        public boolean exists() {
            return switch (this) {
                case DOCUMENTED, FROM_2024 -> true;
                case NONE -> false;
            };
        }
    }

    /**
     * The environment variable a container reads its SQL Server connection string from (Content/installation/linux/
     * supported-environment-variables.md @c82fd288: "For ProGet 5.3 and earlier, use SQL_CONNECTION_STRING instead of
     * PROGET_SQL_CONNECTION_STRING, and also add -e PROGET_DB_TYPE=SqlServer").
     */
    public enum ContainerSql {
        /** {@code «PRODUCT»_SQL_CONNECTION_STRING}. */
        PRODUCT_VARIABLE,
        /** {@code SQL_CONNECTION_STRING}, with {@code PROGET_DB_TYPE=SqlServer}. */
        LEGACY_VARIABLE
    }
}
