package org.clusterwright.smb;

import com.hierynomus.mssmb2.SMB2PacketData;
import com.hierynomus.protocol.transport.PacketHandlers;
import com.hierynomus.protocol.transport.PacketReceiver;
import com.hierynomus.protocol.transport.PacketSerializer;
import com.hierynomus.protocol.transport.TransportException;
import com.hierynomus.protocol.transport.TransportLayer;
import com.hierynomus.smb.SMBBuffer;
import com.hierynomus.smb.SMBPacket;
import com.hierynomus.smb.SMBPacketData;
import com.hierynomus.smbj.SmbConfig;
import com.hierynomus.smbj.connection.Connection;
import com.hierynomus.smbj.connection.PacketEncryptor;
import com.hierynomus.smbj.transport.TransportLayerFactory;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Two things SMBJ 0.14 leaves out on the way in, added around its transport.
 * <ul>
 * <li>A response that arrives unencrypted for a session whose requests go out encrypted is refused. SMBJ decrypts
 * what arrives encrypted but takes what arrives in clear just as well, and when a server asks for encryption it
 * stops requiring signatures, so anyone on the path could answer an encrypted request in clear: forged file contents
 * for a read, a write reported done.</li>
 * <li>Anything SMBJ throws while handling a response, above all a response that fails decryption (altered, cut
 * short), ends the connection at once and fails every request waiting on it. SMBJ lets such an exception out of its
 * reader thread, which dies without telling anyone, so the requests sat until their timeout.</li>
 * </ul>
 * Both end the connection: its answers can no longer be trusted to belong to the requests. On the way out,
 * encrypted messages are handed to {@link SealInPlace}.
 */
final class GuardedTransport implements TransportLayerFactory<SMBPacketData<?>, SMBPacket<?, ?>> {
    private static final int SMB2_HEADER_BYTES = 64;
    /** Oplock and lease break notifications: sent by the server on its own, answering no request. */
    private static final long NOTIFICATION = 0xFFFFFFFFFFFFFFFFL;

    private final TransportLayerFactory<SMBPacketData<?>, SMBPacket<?, ?>> transport;

    GuardedTransport(TransportLayerFactory<SMBPacketData<?>, SMBPacket<?, ?>> transport) {
        this.transport = transport;
    }

    @Override
    public TransportLayer<SMBPacket<?, ?>> createTransportLayer(
            PacketHandlers<SMBPacketData<?>, SMBPacket<?, ?>> handlers, SmbConfig config) {
        // sessions of this connection whose requests have gone out encrypted
        Set<Long> encrypting = ConcurrentHashMap.newKeySet();
        AtomicReference<TransportLayer<SMBPacket<?, ?>>> layer = new AtomicReference<>();
        SealInPlace seal = handlers.getReceiver() instanceof Connection connection
                ? new SealInPlace(() -> SealInPlace.negotiatedGcm(connection))
                : null;
        layer.set(transport.createTransportLayer(new PacketHandlers<>(
                recording(handlers.getSerializer(), encrypting, seal),
                new Receiver(handlers.getReceiver(), encrypting, layer), handlers.getPacketFactory()), config));
        return layer.get();
    }

    /**
     * Notes the sessions that encrypt, and has {@link SealInPlace} encrypt their messages where it can. SMB packets
     * are written into SMB buffers, whatever the handlers' wildcard says.
     */
    @SuppressWarnings("unchecked")
    private static PacketSerializer<SMBPacket<?, ?>, SMBBuffer> recording(
            PacketSerializer<SMBPacket<?, ?>, ?> written, Set<Long> encrypting, SealInPlace seal) {
        PacketSerializer<SMBPacket<?, ?>, SMBBuffer> serializer =
                (PacketSerializer<SMBPacket<?, ?>, SMBBuffer>) written;
        return packet -> {
            if (packet instanceof PacketEncryptor.EncryptedPacketWrapper encrypted) {
                encrypting.add(encrypted.getHeader().getSessionId());
                SMBBuffer sealed = seal == null ? null : seal.seal(encrypted);
                if (sealed != null) {
                    return sealed;
                }
            }
            return serializer.write(packet);
        };
    }

    private record Receiver(PacketReceiver<SMBPacketData<?>> receiver, Set<Long> encrypting,
                            AtomicReference<TransportLayer<SMBPacket<?, ?>>> layer)
            implements PacketReceiver<SMBPacketData<?>> {
        @Override
        public void handle(SMBPacketData<?> packet) {
            try {
                if (packet instanceof SMB2PacketData clear && !clear.isDecrypted()) {
                    refuseIfAnswersEncryptedSession(clear);
                }
                receiver.handle(packet);
            } catch (TransportException e) {
                fail(e);
            } catch (RuntimeException e) {
                fail(new TransportException("The server's response could not be handled; connection closed", e));
            }
        }

        /**
         * Drops the socket first, then fails the waiting requests. SMBJ's own error path closes the connection
         * politely, logging off over the very connection whose reader it runs on, and that waits out the timeout;
         * so would every request sent meanwhile, such as closing the open file.
         */
        private void fail(TransportException e) {
            try {
                layer.get().disconnect();
            } catch (IOException | RuntimeException ignored) {
                // already gone: failing the requests is what matters
            }
            receiver.handleError(e);
        }

        @Override
        public void handleError(Throwable t) {
            receiver.handleError(t);
        }

        /** Each message of a (possibly compounded) unencrypted response, read from the frame itself. */
        private void refuseIfAnswersEncryptedSession(SMB2PacketData clear) throws TransportException {
            refuseIfEncrypting(clear.getHeader().getSessionId(), clear.getHeader().getMessageId());
            byte[] frame = clear.getDataBuffer().array();
            if (frame.length < SMB2_HEADER_BYTES || (frame[0] & 0xff) != 0xFE || frame[1] != 'S') {
                return;
            }
            for (long at = 0, next; (next = uint32(frame, (int) at + 20)) != 0; ) {
                at += next;
                if (at + SMB2_HEADER_BYTES > frame.length) {
                    return;
                }
                refuseIfEncrypting(int64(frame, (int) at + 40), int64(frame, (int) at + 24));
            }
        }

        private void refuseIfEncrypting(long sessionId, long messageId) throws TransportException {
            if (messageId != NOTIFICATION && encrypting.contains(sessionId)) {
                throw new TransportException("The server answered an encrypted request without encryption; "
                        + "refused, connection closed");
            }
        }
    }

    private static long uint32(byte[] bytes, int at) {
        return (bytes[at] & 0xffL) | (bytes[at + 1] & 0xffL) << 8 | (bytes[at + 2] & 0xffL) << 16
                | (bytes[at + 3] & 0xffL) << 24;
    }

    private static long int64(byte[] bytes, int at) {
        return uint32(bytes, at) | uint32(bytes, at + 4) << 32;
    }
}
