package org.clusterwright.smb;

import com.hierynomus.msfscc.FileAttributes;
import com.hierynomus.msfscc.fileinformation.FileIdBothDirectoryInformation;
import com.hierynomus.smbj.SmbConfig;
import com.hierynomus.smbj.auth.AuthenticationContext;
import com.hierynomus.smbj.share.DiskShare;
import com.hierynomus.smbj.transport.tcp.direct.DirectTcpTransportFactory;
import org.clusterwright.secrets.Secret;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** How Clusterwright opens SMB sessions, the same for node config folders and the shared storage. */
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

    /** The names of the files (not folders) in {@code folder} of the share, sorted. */
    public static List<String> fileNames(DiskShare share, String folder) {
        return share.list(folder).stream()
                .filter(entry -> (entry.getFileAttributes() & FileAttributes.FILE_ATTRIBUTE_DIRECTORY.getValue()) == 0)
                .map(FileIdBothDirectoryInformation::getFileName).sorted().toList();
    }

    /** {@code DOMAIN\\user} or a bare user name, over NTLM; the password is handed over as characters, never logged. */
    public static AuthenticationContext authentication(String user, Secret password) {
        return SmbLogin.authentication(user, password);
    }
}
