package org.clusterwright.smb;

import com.hierynomus.smbj.SmbConfig;
import com.hierynomus.smbj.transport.tcp.direct.DirectTcpTransportFactory;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** How Clusterwright's SMB client is configured, the same for node config folders and the shared storage. */
public final class SmbClients {
    /**
     * Read, write and transact size asked for, so a large file takes fewer round trips; the server's negotiated
     * maximum caps it (Samba and current Windows offer 8 MiB).
     */
    private static final int BUFFER_BYTES = 8 * 1024 * 1024;

    private SmbClients() {
    }

    public static SmbConfig config(Duration timeout) {
        return SmbConfig.builder()
                // a server that requires encryption answers an unencrypted session with a misleading
                // STATUS_ACCESS_DENIED; asking for it always costs nothing against servers that do not
                .withEncryptData(true)
                .withTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .withSoTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .withBufferSize(BUFFER_BYTES)
                .withSecurityProvider(new SmbCrypto())
                .withTransportLayerFactory(new GuardedTransport(new DirectTcpTransportFactory<>()))
                .build();
    }
}
