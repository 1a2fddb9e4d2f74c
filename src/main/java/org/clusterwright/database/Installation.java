package org.clusterwright.database;

/**
 * What db.installation found: whether the database already holds an Inedo installation. The EncryptionKey step
 * depends on it: an existing installation's key encrypts secrets already stored in the database and must be
 * kept, while an empty database lets every node start with a new one.
 *
 * @param existing     the schema-change table {@code __InedoDb_DbSchemaChanges} exists
 * @param scripts      schema scripts recorded in it
 * @param latestScript the name of the script executed last, or ""
 * @param lastExecuted when that was, as the server wrote it, or ""
 * @param failedScripts scripts recorded as failed
 * @param tables       user tables in the database, the tracking table included
 */
public record Installation(boolean existing, long scripts, String latestScript, String lastExecuted,
                           long failedScripts, long tables) {

    /** The tracking table of inedosql, the tool Inedo's products update their schema with. */
    public static final String TRACKING_TABLE = "__InedoDb_DbSchemaChanges";

    public static Installation none(long tables) {
        return new Installation(false, 0, "", "", 0, tables);
    }
}
