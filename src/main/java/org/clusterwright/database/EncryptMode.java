package org.clusterwright.database;

/**
 * SqlClient's {@code Encrypt} setting. Microsoft.Data.SqlClient 4 and later encrypt by default ({@link #MANDATORY}),
 * which is why a string that worked with System.Data.SqlClient can fail against a server with a self-signed
 * certificate after an upgrade.
 */
public enum EncryptMode {
    /** {@code false}, {@code no} or {@code optional}: encrypt only if the server insists. */
    OPTIONAL,
    /** {@code true}, {@code yes} or {@code mandatory}: TLS after the pre-login handshake, the default. */
    MANDATORY,
    /** {@code strict}: TDS 8, TLS from the first byte and the certificate is always checked. */
    STRICT
}
