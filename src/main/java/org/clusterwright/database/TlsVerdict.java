package org.clusterwright.database;

import org.clusterwright.check.Outcome;

/**
 * db.tls's verdict once the server got past the handshake: how well the connection string protects the traffic.
 * Settings that let the connection fall back to clear text are a WARN even when this one connection happened to be
 * encrypted by the server's choice, unless the server itself forces encryption.
 */
final class TlsVerdict {
    private final ProbeTarget target;
    private Boolean encrypted;
    private boolean certificateChecked;

    private TlsVerdict(ProbeTarget target) {
        this.target = target;
    }

    static TlsVerdict of(ProbeTarget target) {
        return new TlsVerdict(target);
    }

    /** @param encryptedNow what the server says about the open session, or null when unknown */
    Outcome connected(Boolean encryptedNow) {
        return target.sqlServer().isPresent() ? sqlServer(target.sqlServer().get(), encryptedNow)
                : postgres(target.postgres().orElseThrow(), encryptedNow);
    }

    private Outcome sqlServer(SqlServerConnectionString sql, Boolean encryptedNow) {
        if (sql.encrypt() != EncryptMode.OPTIONAL) {
            encrypted = true;
            certificateChecked = !sql.trustServerCertificate() || sql.encrypt() == EncryptMode.STRICT;
            return certificateChecked
                    ? Outcome.pass("The connection is encrypted and the server's certificate is trusted for "
                    + sql.host() + ".")
                    : Outcome.pass("The connection is encrypted; the certificate is not checked"
                    + " (TrustServerCertificate=True).").withDetail(UNCHECKED);
        }
        encrypted = encryptedNow;
        if (Boolean.TRUE.equals(encryptedNow)) {
            return Outcome.pass("The server forces encryption, so the connection is encrypted although the connection"
                    + " string says Encrypt=False.");
        }
        return Outcome.warn("Encrypt=False: queries, results and possibly the login travel unencrypted"
                        + (encryptedNow == null ? " (the server did not say whether it forces encryption)." : "."),
                "Set Encrypt=True in the connection string and give SQL Server a certificate the nodes trust (or"
                        + " turn on Force Encryption on the server).");
    }

    private Outcome postgres(PostgresConnectionString pg, Boolean encryptedNow) {
        SslMode mode = pg.sslMode();
        if (mode == SslMode.VERIFY_CA || mode == SslMode.VERIFY_FULL || mode == SslMode.REQUIRE) {
            encrypted = true;
            certificateChecked = mode != SslMode.REQUIRE;
            Outcome outcome = Outcome.pass("The connection is encrypted (SSL Mode=" + mode.npgsqlName() + ")"
                    + (mode == SslMode.VERIFY_FULL ? " and the certificate is trusted for " + pg.host() + "."
                    : mode == SslMode.VERIFY_CA ? "; the certificate chain is checked, its host name is not."
                    : "; the certificate is not checked."));
            return certificateChecked ? outcome : outcome.withDetail(UNCHECKED);
        }
        encrypted = encryptedNow;
        String remedy = "Turn on ssl on the server with a certificate, and write SSL Mode=VerifyFull (or Require) in"
                + " the connection string so no node can fall back to clear text.";
        if (mode == SslMode.DISABLE) {
            return Outcome.warn("SSL Mode=Disable: passwords, queries and results travel unencrypted.", remedy);
        }
        if (Boolean.TRUE.equals(encryptedNow)) {
            return Outcome.pass("This connection is encrypted (SSL Mode=" + mode.npgsqlName() + " and the server offers"
                    + " SSL); the certificate is not checked.").withDetail(UNCHECKED);
        }
        return Outcome.warn("SSL Mode=" + mode.npgsqlName() + (encryptedNow == null
                ? " lets the connection fall back to clear text, and it could not be seen whether it did."
                : ": the server offers no SSL, so the connection is unencrypted."), remedy);
    }

    Outcome evidence(Outcome outcome) {
        Outcome shown = target.sqlServer().map(sql -> outcome.withEvidence("encrypt", sql.encrypt())
                        .withEvidence("trustServerCertificate", sql.trustServerCertificate()))
                .orElseGet(() -> outcome.withEvidence("sslMode", target.postgres().orElseThrow().sslMode()
                        .npgsqlName()));
        return shown.withEvidence("encrypted", encrypted == null ? "unknown" : encrypted)
                .withEvidence("certificateChecked", certificateChecked);
    }

    private static final String UNCHECKED = "Encrypted but unauthenticated: anyone able to intercept the traffic"
            + " can pose as the server with a certificate of their own. Trusting the server's CA on every node and"
            + " checking the certificate closes that gap.";
}
