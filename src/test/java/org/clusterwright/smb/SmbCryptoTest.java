package org.clusterwright.smb;

import com.hierynomus.security.AEADBlockCipher;
import com.hierynomus.security.Cipher.CryptMode;
import com.hierynomus.security.Mac;
import com.hierynomus.security.SecurityException;
import com.hierynomus.security.SecurityProvider;
import com.hierynomus.security.bc.BCSecurityProvider;
import org.junit.jupiter.api.Test;

import javax.crypto.spec.GCMParameterSpec;
import java.util.HexFormat;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The JDK-backed AES-GCM and AES-CMAC give exactly what SMBJ's BouncyCastle default gives, and refuse altered data. */
class SmbCryptoTest {
    private static final HexFormat HEX = HexFormat.of();
    private final SecurityProvider jdk = new SmbCrypto();
    private final SecurityProvider reference = new BCSecurityProvider();
    private final Random random = new Random(11);

    @Test
    void cmacMatchesRfc4493() throws Exception {
        byte[] key = HEX.parseHex("2b7e151628aed2a6abf7158809cf4f3c");
        byte[] message = HEX.parseHex("6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51"
                + "30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710");
        assertThat(HEX.formatHex(mac(jdk, key, new byte[0]))).isEqualTo("bb1d6929e95937287fa37d129b756746");
        assertThat(HEX.formatHex(mac(jdk, key, java.util.Arrays.copyOf(message, 16))))
                .isEqualTo("070a16b46b4d4144f79bdd9dd04a287c");
        assertThat(HEX.formatHex(mac(jdk, key, java.util.Arrays.copyOf(message, 40))))
                .isEqualTo("dfa66747de9ae63030ca32611497c827");
        assertThat(HEX.formatHex(mac(jdk, key, message))).isEqualTo("51f0bebf7e3b9d92fc49741779363cfe");
    }

    @Test
    void cmacMatchesBouncyCastleForAnyLengthAndAnySplit() throws Exception {
        byte[] key = bytes(16);
        for (int length : new int[] {1, 15, 16, 17, 31, 32, 33, 8191, 8192, 8193, 100_000}) {
            byte[] message = bytes(length);
            Mac split = jdk.getMac(SmbCrypto.CMAC);
            split.init(key);
            int offset = 0;
            while (offset < length) {
                int piece = Math.min(length - offset, 1 + random.nextInt(40));
                split.update(message, offset, piece);
                offset += piece;
            }
            assertThat(split.doFinal()).as("length %d", length).isEqualTo(mac(reference, key, message));
            assertThat(mac(jdk, key, message)).as("length %d in one go", length).isEqualTo(mac(reference, key, message));
        }
    }

    @Test
    void gcmEncryptsAsBouncyCastleDoesAndDecryptsEitherOnesOutput() throws Exception {
        byte[] key = bytes(16);
        for (int length : new int[] {0, 1, 16, 17, 8192, 8193, 1_000_003}) {
            byte[] nonce = bytes(12);
            byte[] aad = bytes(32);
            byte[] plain = bytes(length);
            byte[] sealed = seal(jdk, key, nonce, aad, plain);
            assertThat(sealed).as("length %d", length).isEqualTo(seal(reference, key, nonce, aad, plain));
            assertThat(open(jdk, key, nonce, aad, sealed)).isEqualTo(plain);
            assertThat(open(reference, key, nonce, aad, sealed)).isEqualTo(plain);
        }
    }

    @Test
    void gcmDecryptsWhateverWayTheMessageIsSplitAcrossCalls() throws Exception {
        byte[] key = bytes(16);
        byte[] nonce = bytes(12);
        byte[] aad = bytes(32);
        for (int length : new int[] {0, 5, 16, 33, 20_000}) {
            byte[] plain = bytes(length);
            byte[] sealed = seal(reference, key, nonce, aad, plain);
            for (int attempt = 0; attempt < 20; attempt++) {
                AEADBlockCipher cipher = jdk.getAEADBlockCipher(SmbCrypto.GCM);
                cipher.init(CryptMode.DECRYPT, key, new GCMParameterSpec(128, nonce));
                cipher.updateAAD(aad, 0, aad.length);
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                int offset = 0;
                while (sealed.length - offset > 1 && random.nextInt(4) > 0) {
                    int piece = 1 + random.nextInt(Math.min(sealed.length - offset - 1, 3000));
                    out.writeBytes(cipher.update(sealed, offset, piece));
                    offset += piece;
                }
                out.writeBytes(cipher.doFinal(sealed, offset, sealed.length - offset));
                assertThat(out.toByteArray()).as("length %d", length).isEqualTo(plain);
            }
        }
    }

    @Test
    void gcmRefusesAlteredCiphertextTagOrHeader() throws Exception {
        byte[] key = bytes(16);
        byte[] nonce = bytes(12);
        byte[] aad = bytes(32);
        byte[] sealed = seal(jdk, key, nonce, aad, bytes(50_000));
        for (int position : new int[] {0, 20_000, sealed.length - 1}) {
            byte[] altered = sealed.clone();
            altered[position] ^= 1;
            assertThatThrownBy(() -> open(jdk, key, nonce, aad, altered)).isInstanceOf(SecurityException.class);
        }
        byte[] otherAad = aad.clone();
        otherAad[3] ^= 1;
        assertThatThrownBy(() -> open(jdk, key, nonce, otherAad, sealed)).isInstanceOf(SecurityException.class);
    }

    @Test
    void gcmDecryptsTheGcmSpecificationsTestCase4() throws Exception {
        // McGrew and Viega, "The Galois/Counter Mode of Operation", test case 4: 96-bit IV, AAD, a partial last block
        byte[] key = HEX.parseHex("feffe9928665731c6d6a8f9467308308");
        byte[] nonce = HEX.parseHex("cafebabefacedbaddecaf888");
        byte[] aad = HEX.parseHex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
        byte[] plain = HEX.parseHex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                + "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
        byte[] sealed = HEX.parseHex("42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e"
                + "21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091" + "5bc94fbc3221a5db94fae95ae7121a47");

        assertThat(seal(jdk, key, nonce, aad, plain)).isEqualTo(sealed);
        assertThat(open(jdk, key, nonce, aad, sealed)).isEqualTo(plain);
    }

    @Test
    void gcmHandsOutNothingBeforeTheTagIsCheckedAndRefusesTruncatedMessages() throws Exception {
        byte[] key = bytes(16);
        byte[] nonce = bytes(12);
        byte[] aad = bytes(32);
        byte[] sealed = seal(reference, key, nonce, aad, bytes(40_000));
        for (int cut : new int[] {1, 15, 16, 17, 20_000, sealed.length - 15, sealed.length - 1, sealed.length}) {
            byte[] truncated = java.util.Arrays.copyOf(sealed, sealed.length - cut);
            AEADBlockCipher cipher = jdk.getAEADBlockCipher(SmbCrypto.GCM);
            cipher.init(CryptMode.DECRYPT, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(aad, 0, aad.length);
            int half = truncated.length / 2;
            assertThat(cipher.update(truncated, 0, half)).as("cut %d", cut).isEmpty();
            assertThatThrownBy(() -> cipher.doFinal(truncated, half, truncated.length - half)).as("cut %d", cut)
                    .isInstanceOf(SecurityException.class);
        }
    }

    @Test
    void gcmRefusesToEncryptTwiceWithOneNonceUnderOneKey() throws Exception {
        byte[] key = bytes(16);
        byte[] nonce = bytes(12);
        byte[] aad = bytes(32);
        seal(jdk, key, nonce, aad, bytes(100));

        assertThatThrownBy(() -> seal(jdk, key, nonce, aad, bytes(100))).isInstanceOf(SecurityException.class)
                .hasMessageContaining("nonce repeated");
        // another session's key, or the next nonce, goes through
        seal(jdk, bytes(16), nonce, aad, bytes(100));
        seal(jdk, key, bytes(12), aad, bytes(100));
    }

    private static byte[] mac(SecurityProvider provider, byte[] key, byte[] message) throws Exception {
        Mac mac = provider.getMac(SmbCrypto.CMAC);
        mac.init(key);
        mac.update(message);
        return mac.doFinal();
    }

    private static byte[] seal(SecurityProvider provider, byte[] key, byte[] nonce, byte[] aad, byte[] plain)
            throws Exception {
        AEADBlockCipher cipher = provider.getAEADBlockCipher(SmbCrypto.GCM);
        cipher.init(CryptMode.ENCRYPT, key, new GCMParameterSpec(128, nonce));
        cipher.updateAAD(aad, 0, aad.length);
        return cipher.doFinal(plain, 0, plain.length);
    }

    /** As SMBJ decrypts: the ciphertext through update, then the tag through doFinal. */
    private static byte[] open(SecurityProvider provider, byte[] key, byte[] nonce, byte[] aad, byte[] sealed)
            throws Exception {
        AEADBlockCipher cipher = provider.getAEADBlockCipher(SmbCrypto.GCM);
        cipher.init(CryptMode.DECRYPT, key, new GCMParameterSpec(128, nonce));
        cipher.updateAAD(aad, 0, aad.length);
        byte[] first = cipher.update(sealed, 0, sealed.length - 16);
        byte[] rest = cipher.doFinal(sealed, sealed.length - 16, 16);
        byte[] plain = java.util.Arrays.copyOf(first, first.length + rest.length);
        System.arraycopy(rest, 0, plain, first.length, rest.length);
        return plain;
    }

    private byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
