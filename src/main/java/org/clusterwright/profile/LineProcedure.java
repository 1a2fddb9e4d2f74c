package org.clusterwright.profile;

import java.util.List;
import java.util.Set;

/**
 * What one release line means for clustering: which products were released under it, what runs the web
 * application, how High Availability is switched on, how the services reach each other, what signs the login cookie,
 * what the SQL Server login must be, and which products run on InedoDB. Answers are kinds rather than flags, and the
 * code that acts on one switches over every kind without a default, so a new kind (an IIS application pool, say)
 * does not compile until each place has decided what it means there.
 *
 * @param products  the products released under this line
 * @param onInedoDb the products that run on InedoDB (PostgreSQL) in this line: embedded, private to one server,
 *                  unless a connection string names a shared one; the others use SQL Server only
 */
public record LineProcedure(Set<Product> products, WebServer webServer, HaSwitch haSwitch, Messenger messenger,
                            LoginCookie loginCookie, SchemaRights sqlServerRights, Set<Product> onInedoDb) {

    public LineProcedure {
        products = Set.copyOf(products);
        onInedoDb = Set.copyOf(onInedoDb);
    }

    public boolean releasedFor(Product product) {
        return products.contains(product);
    }

    public boolean inedoDb(Product product) {
        return onInedoDb.contains(product);
    }

    /** True when the login cookie needs the same IIS machine key on every server. */
    public boolean iisMachineKey() {
        return switch (loginCookie) {
            case ENCRYPTION_KEY -> false;
            case IIS_MACHINE_KEY -> true;
        };
    }

    /** What runs the web application, and so what a restart restarts. */
    public enum WebServer {
        /** One service runs the web application and the background work. */
        IN_SERVICE,
        /** The web application has a Windows service of its own beside the background service. */
        WEB_SERVICE,
        /** A Windows service of its own, or an IIS application pool that is recycled instead. */
        WEB_SERVICE_OR_IIS;

        /** The Windows services to restart, the background service first. */
        public List<String> services(Product product) {
            return switch (this) {
                case IN_SERVICE -> List.of(product.serviceName());
                case WEB_SERVICE, WEB_SERVICE_OR_IIS -> List.of(product.serviceName(), product.webServiceName());
            };
        }
    }

    /** Where in the product High Availability is switched on. */
    public enum HaSwitch {
        /** Administration > Cluster Overview > More Info > configure: one tick box. */
        CLUSTER_DIALOG,
        /** Two pages: Enable Load Balancing, then Enable High Availability Mode. */
        ENABLE_PAGES,
        /** No switch is listed: the line's other items (such as the machine key) make the cluster. */
        NONE
    }

    /** How the nodes' services reach each other. */
    public enum Messenger {
        /** Through the shared database only. */
        NONE,
        /** The service messenger on a TCP port that must be open between the nodes. */
        TCP_PORT,
        /** The TCP messenger, with its endpoint set for the cluster and for each service node by hand. */
        TCP_ENDPOINTS;

        /** True when every service node must accept the messenger's TCP port from the others. */
        public boolean opensPort() {
            return switch (this) {
                case NONE -> false;
                case TCP_PORT, TCP_ENDPOINTS -> true;
            };
        }
    }

    /** What signs and encrypts the login cookie, and so must be the same on every server. */
    public enum LoginCookie {
        /** The EncryptionKey of the shared config file (step 2). */
        ENCRYPTION_KEY,
        /** The IIS machine key in the web site's web.config. */
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
}
