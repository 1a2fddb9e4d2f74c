package org.clusterwright.smb;

import com.hierynomus.msdtyp.AccessMask;
import com.hierynomus.mssmb2.SMB2CreateDisposition;
import com.hierynomus.mssmb2.SMB2ShareAccess;
import com.hierynomus.smbj.SMBClient;
import com.hierynomus.smbj.connection.Connection;
import com.hierynomus.smbj.session.Session;
import com.hierynomus.smbj.share.DiskShare;
import com.hierynomus.smbj.share.File;
import org.clusterwright.remote.Credentials;
import org.clusterwright.secrets.Secret;
import org.clusterwright.testing.SambaServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Someone between the client and a Samba that requires encryption: a read whose response is altered on the way
 * fails at once (not after the timeout) and hands out nothing; a response decrypted on the way and passed on in
 * clear, as a forger would answer, is refused. On an honest path the requests go out encrypted in place.
 */
class SmbGuardedTransportSambaTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int FILE_BYTES = 64 * 1024;
    /** GuardedTransport's refusals, as it words them. */
    private static final String REFUSED_IN_CLEAR = "The server answered an encrypted request without encryption";
    private static final String COULD_NOT_BE_HANDLED = "The server's response could not be handled";

    @TempDir
    static Path work;
    static SambaServer server;

    private final byte[] contents = new byte[FILE_BYTES];
    private Interceptor interceptor;
    private SMBClient client;

    @BeforeAll
    static void startSamba() throws Exception {
        server = SambaServer.builder(work).share("data", Files.createDirectories(work.resolve("data")))
                .global("server smb encrypt", "required").start();
    }

    @AfterAll
    static void stopSamba() {
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
        }
        if (interceptor != null) {
            interceptor.close();
        }
    }

    @Test
    void readsThroughAnHonestPath() throws Exception {
        try (Session session = login(); DiskShare share = (DiskShare) session.connectShare("data")) {
            write(share, "honest.bin");

            assertThat(read(share, "honest.bin")).isEqualTo(contents);
        }
        // the requests were encrypted in place, under this connection's counted nonces (SMBJ's own are clock
        // readings, far above any count of messages)
        assertThat(interceptor.requestNonces).isNotEmpty().allSatisfy(n -> assertThat(n).isBetween(1L, 1000L));
        assertThat(interceptor.requestNonces).doesNotHaveDuplicates();
    }

    @Test
    void anAlteredResponseFailsTheReadAtOnce() throws Exception {
        // the connection is dropped: the session and share are left to the client's close
        Session session = login();
        DiskShare share = (DiskShare) session.connectShare("data");
        write(share, "altered.bin");
        interceptor.next.set(Interception.ALTER);
        byte[] into = new byte[FILE_BYTES];

        long started = System.nanoTime();
        Throwable refused = catchThrowable(() -> read(share, "altered.bin", into));
        // opening, reading and closing the file, all well within the timeout of one request
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(TIMEOUT.dividedBy(3));
        interceptor.assertSent(Interception.ALTER);
        assertThat(refused).as("the read fails").isNotNull().hasStackTraceContaining(COULD_NOT_BE_HANDLED);
        assertThat(into).containsOnly(0);
    }

    @Test
    void aResponseInClearToAnEncryptedRequestIsRefused() throws Exception {
        Session session = login();
        DiskShare share = (DiskShare) session.connectShare("data");
        write(share, "clear.bin");
        interceptor.key.set(session.getSessionContext().getDecryptionKey().getEncoded());
        interceptor.next.set(Interception.DECRYPT);
        byte[] into = new byte[FILE_BYTES];

        Throwable refused = catchThrowable(() -> read(share, "clear.bin", into));

        interceptor.assertSent(Interception.DECRYPT);
        assertThat(interceptor.forged.get()).as("the forged answer is a plain SMB2 message")
                .startsWith(0xFE, 'S', 'M', 'B');
        assertThat(refused).as("the read fails").isNotNull().hasStackTraceContaining(REFUSED_IN_CLEAR);
        assertThat(into).containsOnly(0);
    }

    private Session login() throws IOException {
        interceptor = new Interceptor(server.port());
        client = new SMBClient(SmbClients.config(TIMEOUT));
        Connection connection = client.connect("127.0.0.1", interceptor.port());
        return connection.authenticate(Credentials.of(server.user(), Secret.of(server.password())).authentication());
    }

    private void write(DiskShare share, String name) {
        new Random(name.hashCode()).nextBytes(contents);
        try (File file = share.openFile(name, EnumSet.of(AccessMask.GENERIC_WRITE), null, SMB2ShareAccess.ALL,
                SMB2CreateDisposition.FILE_OVERWRITE_IF, null)) {
            file.write(contents, 0);
        }
    }

    private byte[] read(DiskShare share, String name) {
        byte[] into = new byte[FILE_BYTES];
        read(share, name, into);
        return into;
    }

    private static void read(DiskShare share, String name, byte[] into) {
        try (File file = share.openFile(name, EnumSet.of(AccessMask.GENERIC_READ), null, SMB2ShareAccess.ALL,
                SMB2CreateDisposition.FILE_OPEN, null)) {
            byte[] piece = new byte[FILE_BYTES];
            int read = file.read(piece, 0, 0, FILE_BYTES);
            // only what the client accepted reaches the caller
            System.arraycopy(piece, 0, into, 0, Math.max(read, 0));
        }
    }

    private enum Interception { NONE, ALTER, DECRYPT }

    /**
     * A loopback relay to Samba that can change the next large encrypted response (a read's): flip one byte of its
     * ciphertext, or decrypt it with the session's key and pass it on unencrypted.
     */
    private static final class Interceptor implements AutoCloseable {
        private static final int TRANSFORM_HEADER = 52;
        private static final int LARGE = FILE_BYTES / 2;

        final AtomicReference<Interception> next = new AtomicReference<>(Interception.NONE);
        final AtomicReference<byte[]> key = new AtomicReference<>();
        /** The changed response the relay passed on (the clear one, when it decrypted), once it is out. */
        final AtomicReference<byte[]> forged = new AtomicReference<>();
        private final AtomicReference<Interception> sent = new AtomicReference<>(Interception.NONE);
        private final CountDownLatch changedResponseSent = new CountDownLatch(1);
        /** What stopped the relay on its own side, when something did: the client never got the change then. */
        private final AtomicReference<Exception> relayFailure = new AtomicReference<>();
        /** The first eight bytes of each encrypted request's nonce, as a little-endian number. */
        final List<Long> requestNonces = new CopyOnWriteArrayList<>();
        private final ServerSocket listener;
        private final int target;
        private volatile Socket toClient;
        private volatile Socket toServer;

        Interceptor(int target) throws IOException {
            this.target = target;
            this.listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
            Thread accepting = new Thread(this::relay, "interceptor");
            accepting.setDaemon(true);
            accepting.start();
        }

        int port() {
            return listener.getLocalPort();
        }

        /** Fails unless the relay changed a response as {@code interception} says and passed it on to the client. */
        void assertSent(Interception interception) throws InterruptedException {
            assertThat(changedResponseSent.await(10, TimeUnit.SECONDS))
                    .as("the changed response reached the client; the relay failed with %s", relayFailure.get())
                    .isTrue();
            assertThat(sent.get()).isEqualTo(interception);
            assertThat(relayFailure.get()).as("the relay's own failure").isNull();
        }

        private void relay() {
            try {
                toClient = listener.accept();
                toServer = new Socket(InetAddress.getLoopbackAddress(), target);
                Thread up = new Thread(this::up, "interceptor-up");
                up.setDaemon(true);
                up.start();
                down(new DataInputStream(toServer.getInputStream()), toClient.getOutputStream());
            } catch (Exception e) {
                if (!(e instanceof IOException) || changedResponseSent.getCount() > 0) {
                    relayFailure.compareAndSet(null, e);
                }
                closeQuietly();
            }
        }

        /** Client to server, passed on unchanged, noting the nonce of each encrypted request. */
        private void up() {
            try {
                DataInputStream in = new DataInputStream(toClient.getInputStream());
                OutputStream out = toServer.getOutputStream();
                while (true) {
                    int header = in.readInt();
                    byte[] message = in.readNBytes(header & 0xffffff);
                    if (message.length > TRANSFORM_HEADER && (message[0] & 0xff) == 0xFD) {
                        requestNonces.add(ByteBuffer.wrap(message, 20, 8).order(ByteOrder.LITTLE_ENDIAN).getLong());
                    }
                    out.write(new byte[] {(byte) (header >>> 24), (byte) (header >>> 16), (byte) (header >>> 8),
                            (byte) header});
                    out.write(message);
                    out.flush();
                }
            } catch (IOException e) {
                // the other side closed
            } finally {
                closeQuietly();
            }
        }

        /** Server to client, one NetBIOS session message (4-byte length, then an SMB message) at a time. */
        private void down(DataInputStream in, OutputStream out) throws Exception {
            while (true) {
                int length = in.readInt() & 0xffffff;
                byte[] message = in.readNBytes(length);
                if (message.length < length) {
                    return;
                }
                boolean encrypted = length > TRANSFORM_HEADER && (message[0] & 0xff) == 0xFD;
                Interception interception = encrypted && length > LARGE ? next.getAndSet(Interception.NONE)
                        : Interception.NONE;
                if (interception == Interception.ALTER) {
                    message[TRANSFORM_HEADER + length / 3] ^= 0x40;
                } else if (interception == Interception.DECRYPT) {
                    message = decrypt(message);
                }
                out.write(new byte[] {0, (byte) (message.length >>> 16), (byte) (message.length >>> 8),
                        (byte) message.length});
                out.write(message);
                out.flush();
                if (interception != Interception.NONE) {
                    forged.set(message);
                    sent.set(interception);
                    changedResponseSent.countDown();
                }
            }
        }

        /** AES-128-GCM as SMB 3.1.1 applies it: 12 bytes of the nonce field, the header from byte 20 as AAD. */
        private byte[] decrypt(byte[] message) throws Exception {
            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key.get(), "AES"),
                    new GCMParameterSpec(128, Arrays.copyOfRange(message, 20, 32)));
            gcm.updateAAD(message, 20, TRANSFORM_HEADER - 20);
            gcm.update(message, TRANSFORM_HEADER, message.length - TRANSFORM_HEADER);
            return gcm.doFinal(message, 4, 16);
        }

        private void closeQuietly() {
            for (AutoCloseable closeable : new AutoCloseable[] {listener, toClient, toServer}) {
                try {
                    if (closeable != null) {
                        closeable.close();
                    }
                } catch (Exception e) {
                    // closing anyway
                }
            }
        }

        @Override
        public void close() {
            closeQuietly();
        }
    }
}
