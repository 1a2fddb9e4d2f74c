package org.clusterwright.smb;

import com.hierynomus.mssmb2.SMB2Dialect;
import com.hierynomus.mssmb2.SMB2FileId;
import com.hierynomus.mssmb2.SMB2Packet;
import com.hierynomus.mssmb2.SMB3EncryptedPacketData;
import com.hierynomus.mssmb2.SMB3EncryptionCipher;
import com.hierynomus.mssmb2.messages.SMB2ReadRequest;
import com.hierynomus.mssmb2.messages.SMB2WriteRequest;
import com.hierynomus.security.bc.BCSecurityProvider;
import com.hierynomus.smb.SMBBuffer;
import com.hierynomus.smbj.common.SMBRuntimeException;
import com.hierynomus.smbj.connection.PacketEncryptor;
import com.hierynomus.smbj.io.ArrayByteChunkProvider;
import org.junit.jupiter.api.Test;

import javax.crypto.spec.SecretKeySpec;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Messages encrypted in place are what SMBJ's own decryption (on BouncyCastle, independent of the JDK) accepts and
 * opens to exactly the message SMBJ would have written, each under a nonce of its own.
 */
class SmbSealInPlaceTest {
    private static final long SESSION = 0x1122334455667788L;

    private final Random random = new Random(5);
    private final SecretKeySpec key = new SecretKeySpec(bytes(16), "AES");
    private final PacketEncryptor smbj = new PacketEncryptor(new BCSecurityProvider());
    private final SealInPlace seal = new SealInPlace(() -> true);

    SmbSealInPlaceTest() {
        smbj.setCipher(SMB3EncryptionCipher.AES_128_GCM);
    }

    @Test
    void aWriteOpensToTheMessageSmbjWouldHaveSent() throws Exception {
        for (int length : new int[] {1, 65_536, 65_537, 524_288, 1_000_003}) {
            byte[] data = bytes(length);

            byte[] sent = sealed(write(data));

            assertThat(sent[0] & 0xff).isEqualTo(0xFD);
            assertThat(smbj.decrypt(new SMB3EncryptedPacketData(sent), key)).as("length %d", length)
                    .isEqualTo(plain(write(data)));
        }
    }

    @Test
    void aSmallRequestToo() throws Exception {
        assertThat(smbj.decrypt(new SMB3EncryptedPacketData(sealed(read())), key)).isEqualTo(plain(read()));
    }

    @Test
    void everyMessageHasANonceOfItsOwn() throws Exception {
        byte[] first = sealed(read());
        byte[] second = sealed(read());

        assertThat(Arrays.copyOfRange(first, 20, 32)).isNotEqualTo(Arrays.copyOfRange(second, 20, 32));
        assertThat(Arrays.copyOfRange(first, 32, 36)).containsOnly(0);
    }

    @Test
    void anAlteredMessageDoesNotOpen() throws Exception {
        byte[] sent = sealed(write(bytes(5000)));
        for (int position : new int[] {10, 25, 44, 60, sent.length - 1}) {
            byte[] altered = sent.clone();
            altered[position] ^= 1;
            assertThatThrownBy(() -> smbj.decrypt(new SMB3EncryptedPacketData(altered), key))
                    .as("byte %d", position).isInstanceOf(SMBRuntimeException.class);
        }
    }

    private byte[] sealed(SMB2Packet packet) {
        SMBBuffer buffer = seal.seal((PacketEncryptor.EncryptedPacketWrapper) smbj.encrypt(packet, key));
        return Arrays.copyOfRange(buffer.array(), buffer.rpos(), buffer.wpos());
    }

    private static byte[] plain(SMB2Packet packet) {
        SMBBuffer buffer = new SMBBuffer();
        packet.write(buffer);
        return buffer.getCompactData();
    }

    private static SMB2Packet write(byte[] data) {
        SMB2WriteRequest request = new SMB2WriteRequest(SMB2Dialect.SMB_3_1_1, fileId(), SESSION, 7,
                new ArrayByteChunkProvider(data, 0, data.length, 4096), 8 << 20);
        request.setCreditsAssigned((data.length + 65_535) / 65_536);
        request.getHeader().setMessageId(42);
        return request;
    }

    private static SMB2Packet read() {
        SMB2ReadRequest request = new SMB2ReadRequest(SMB2Dialect.SMB_3_1_1, fileId(), SESSION, 7, 0, 524_288);
        request.setCreditsAssigned(8);
        return request;
    }

    private static SMB2FileId fileId() {
        return new SMB2FileId(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, new byte[] {9, 10, 11, 12, 13, 14, 15, 16});
    }

    private byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
