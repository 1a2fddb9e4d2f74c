package org.clusterwright.smb;

import com.hierynomus.mssmb2.SMB2Dialect;
import com.hierynomus.mssmb2.SMB2Packet;
import com.hierynomus.mssmb2.SMB3EncryptionCipher;
import com.hierynomus.mssmb2.messages.SMB2WriteRequest;
import com.hierynomus.smb.SMBBuffer;
import com.hierynomus.smbj.common.SMBRuntimeException;
import com.hierynomus.smbj.connection.Connection;
import com.hierynomus.smbj.connection.NegotiatedProtocol;
import com.hierynomus.smbj.connection.PacketEncryptor;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.lang.reflect.Field;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * Encrypts an SMB 3.1.1 AES-128-GCM message in the buffer it is written into, instead of the way SMBJ 0.14 does it:
 * writing the message into a buffer that doubles as it fills, copying it out compactly, encrypting into a third
 * array and copying that into a fourth. For a 512 KiB write that was three copies of the payload and about 3 MiB of
 * fresh arrays, on the one thread that sends. Here the message is written once, behind room left for the
 * SMB2 TRANSFORM_HEADER, into an array sized for it, and encrypted where it lies.
 * <p>
 * The message and its key are only reachable through the private fields of SMBJ's wrapper; where they cannot be read
 * (another SMBJ version), or the connection did not settle on 3.1.1 with AES-128-GCM, SMBJ encrypts as before.
 * The nonce is this connection's: a counter with four random bytes, so no two messages under one key share one,
 * whatever the clock does (SMBJ takes its nonces from {@code System.nanoTime()}). Every encrypted message of a
 * connection takes the same path, so the two kinds of nonce never meet under one key.
 */
final class SealInPlace {
    private static final int TRANSFORM_HEADER = 52;
    /** The transform header from its nonce on: what GCM authenticates along with the message. */
    private static final int AAD_FROM = 20;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BYTES = 16;
    /** SMB2 header and the WRITE request's fixed part, with room to spare. */
    private static final int WRITE_OVERHEAD = 256;
    private static final int SMALL_MESSAGE = 512;
    private static final byte[] PROTOCOL_ID = {(byte) 0xFD, 'S', 'M', 'B'};

    private static final Field PACKET = field("packet");
    private static final Field KEY = field("encryptionKey");

    private final BooleanSupplier negotiatedGcm;
    private final byte[] nonce = new byte[NONCE_BYTES];
    private long counter;
    private Cipher gcm;
    private Boolean applies;

    /** {@code negotiatedGcm}: whether the connection, once negotiated, encrypts with 3.1.1's AES-128-GCM. */
    SealInPlace(BooleanSupplier negotiatedGcm) {
        this.negotiatedGcm = negotiatedGcm;
        // the last four bytes stay this connection's own for all its messages
        new SecureRandom().nextBytes(nonce);
    }

    /** The encrypted message ready to send, or null when SMBJ should encrypt it itself. */
    synchronized SMBBuffer seal(PacketEncryptor.EncryptedPacketWrapper wrapper) {
        if (!applies()) {
            return null;
        }
        SMB2Packet packet;
        SecretKey key;
        try {
            packet = (SMB2Packet) PACKET.get(wrapper);
            key = (SecretKey) KEY.get(wrapper);
        } catch (IllegalAccessException e) {
            return null;
        }
        SMBBuffer buffer = new SMBBuffer(new byte[capacity(packet)]);
        buffer.wpos(TRANSFORM_HEADER);
        packet.write(buffer);
        int length = buffer.wpos() - TRANSFORM_HEADER;
        if (buffer.array().length - buffer.wpos() < TAG_BYTES) {
            buffer.ensureCapacity(TAG_BYTES);
        }
        byte[] message = buffer.array();
        nextNonce();
        writeHeader(message, length, packet.getHeader().getSessionId());
        try {
            if (gcm == null) {
                gcm = Cipher.getInstance("AES/GCM/NoPadding");
            }
            byte[] keyBytes = key.getEncoded();
            gcm.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(keyBytes, "AES"),
                    new GCMParameterSpec(TAG_BYTES * 8, nonce));
            Arrays.fill(keyBytes, (byte) 0);
            gcm.updateAAD(message, AAD_FROM, TRANSFORM_HEADER - AAD_FROM);
            int written = JdkAes.update(gcm, message, TRANSFORM_HEADER, length, message, TRANSFORM_HEADER);
            written += gcm.doFinal(message, TRANSFORM_HEADER + written);
            if (written != length + TAG_BYTES) {
                throw new IllegalStateException("AES-GCM gave " + written + " bytes for " + length);
            }
        } catch (GeneralSecurityException e) {
            throw new SMBRuntimeException(e);
        }
        // the tag goes into the header's signature field, and is not sent after the message
        System.arraycopy(message, TRANSFORM_HEADER + length, message, PROTOCOL_ID.length, TAG_BYTES);
        buffer.wpos(TRANSFORM_HEADER + length);
        return buffer;
    }

    private boolean applies() {
        if (applies == null) {
            applies = PACKET != null && KEY != null && negotiatedGcm.getAsBoolean();
        }
        return applies;
    }

    /** Encryption begins only after the session is set up, so the connection has long been negotiated by then. */
    static boolean negotiatedGcm(Connection connection) {
        NegotiatedProtocol protocol = connection.getNegotiatedProtocol();
        return protocol != null && protocol.getDialect() == SMB2Dialect.SMB_3_1_1
                && connection.getConnectionContext().getCipherId() == SMB3EncryptionCipher.AES_128_GCM;
    }

    /** A write's size is known from its credits (64 KiB each); anything else is small, and grows if not. */
    private static int capacity(SMB2Packet packet) {
        int body = packet instanceof SMB2WriteRequest
                ? packet.getCreditsAssigned() * SMB2Packet.SINGLE_CREDIT_PAYLOAD_SIZE + WRITE_OVERHEAD
                : SMALL_MESSAGE;
        return TRANSFORM_HEADER + body + TAG_BYTES;
    }

    private void nextNonce() {
        counter++;
        for (int i = 0; i < Long.BYTES; i++) {
            nonce[i] = (byte) (counter >>> (8 * i));
        }
    }

    /** ProtocolId, room for the tag, Nonce (16 bytes, 12 used), OriginalMessageSize, Reserved, Flags, SessionId. */
    private void writeHeader(byte[] message, int length, long sessionId) {
        System.arraycopy(PROTOCOL_ID, 0, message, 0, PROTOCOL_ID.length);
        Arrays.fill(message, PROTOCOL_ID.length, AAD_FROM, (byte) 0);
        System.arraycopy(nonce, 0, message, AAD_FROM, NONCE_BYTES);
        Arrays.fill(message, AAD_FROM + NONCE_BYTES, 36, (byte) 0);
        putLittleEndian(message, 36, length, 4);
        putLittleEndian(message, 40, 0, 2);
        // Flags: 0x0001, encrypted
        putLittleEndian(message, 42, 1, 2);
        putLittleEndian(message, 44, sessionId, 8);
    }

    private static void putLittleEndian(byte[] bytes, int at, long value, int count) {
        for (int i = 0; i < count; i++) {
            bytes[at + i] = (byte) (value >>> (8 * i));
        }
    }

    private static Field field(String name) {
        try {
            Field field = PacketEncryptor.EncryptedPacketWrapper.class.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
