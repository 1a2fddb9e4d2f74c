package org.clusterwright.storage;

import com.hierynomus.mssmb2.SMB2Dialect;
import com.hierynomus.smbj.connection.Connection;
import com.hierynomus.smbj.connection.ConnectionContext;
import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;
import org.clusterwright.remote.FolderAccessException;
import org.clusterwright.remote.ShareAddress;
import org.clusterwright.remote.SmbSession;

import java.time.Duration;

/**
 * Negotiates SMB and reports the dialect and what the server asks for. The client always offers encryption:
 * a server that requires it otherwise fails later with a misleading access-denied.
 */
final class StorageSessionCheck extends StorageStep {
    static final CheckId ID = CheckId.of("storage.session");

    private final ShareAddress location;
    private final int stepsAfter;

    StorageSessionCheck(ShareAddress location, int stepsAfter) {
        super(ID.value(), StorageTcpCheck.ID);
        this.location = location;
        this.stepsAfter = stepsAfter;
    }

    @Override
    protected Outcome probe(CheckContext context) throws FolderAccessException {
        Duration timeout = Duration.ofMillis(budgetMillis(context));
        // the session may live as long as every later step could take, and no longer
        Duration lifetime = context.deadline().multipliedBy(stepsAfter + 1L);
        SmbSession session = SmbSession.connect(location, timeout, lifetime);
        context.put(StorageKeys.SESSION, session);
        Connection connection = session.connection();
        ConnectionContext negotiated = connection.getConnectionContext();
        SMB2Dialect dialect = connection.getNegotiatedProtocol().getDialect();
        boolean encryption = dialect.isSmb3x() && negotiated.supportsEncryption();
        String cipher = negotiated.getCipherId() == null ? (encryption ? "AES-128-CCM" : "none")
                : negotiated.getCipherId().name();
        String summary = "Negotiated " + dialectName(dialect) + "; the server " + (negotiated.isServerRequiresSigning()
                ? "requires" : "does not require") + " signing; encryption " + (encryption ? "available (" + cipher
                + ")" : "not available") + ".";
        Outcome outcome = dialect.isSmb3x() ? Outcome.pass(summary) : Outcome.warn(summary + " Before SMB 3 packages"
                        + " travel unencrypted and unsigned sessions can be tampered with.",
                "Enable SMB 3 on the file server (Windows Server 2012 and later, Samba 4, current NAS firmware).");
        context.publish(StorageFindings.NEGOTIATED, new StorageFindings.Negotiated(dialectName(dialect), cipher));
        return outcome.withEvidence("dialect", dialectName(dialect))
                .withEvidence("serverRequiresSigning", negotiated.isServerRequiresSigning())
                .withEvidence("encryptionAvailable", encryption)
                .withEvidence("cipher", cipher)
                .withEvidence("maxReadBytes", connection.getNegotiatedProtocol().getMaxReadSize())
                .withEvidence("maxWriteBytes", connection.getNegotiatedProtocol().getMaxWriteSize());
    }

    static String dialectName(SMB2Dialect dialect) {
        return switch (dialect) {
            case SMB_2_0_2 -> "SMB 2.0.2";
            case SMB_2_1 -> "SMB 2.1";
            case SMB_3_0 -> "SMB 3.0";
            case SMB_3_0_2 -> "SMB 3.0.2";
            case SMB_3_1_1 -> "SMB 3.1.1";
            default -> dialect.name();
        };
    }
}
