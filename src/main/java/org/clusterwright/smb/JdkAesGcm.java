package org.clusterwright.smb;

import com.hierynomus.security.AEADBlockCipher;
import com.hierynomus.security.Cipher.CryptMode;
import com.hierynomus.security.SecurityException;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * AES-GCM for SMB 3.1.1 encryption on the JDK's cipher, fed in slices (see {@link JdkAes}).
 * <p>
 * Decrypting cannot be sliced on the JDK: its GCM decryption holds everything back until the tag is checked and then
 * runs one long call. So a message is decrypted as GCM defines it, in two sliceable passes: AES-CTR from the counter
 * GCM starts its data at gives the plaintext, and GCM-encrypting that plaintext again with the same key, nonce and
 * header gives the tag the sender must have computed. The last 16 bytes received are the tag, so they are held back
 * until the next call shows whether more follows; the plaintext is handed out only when the tags match.
 */
final class JdkAesGcm implements AEADBlockCipher {
    private static final int TAG_BYTES = 16;
    private static final int NONCE_BYTES = 12;

    private final GcmNonces nonces;
    private CryptMode mode;
    /** Encrypts: the message when encrypting, the recovered plaintext (only for its tag) when decrypting. */
    private Cipher gcm;
    private Cipher ctr;
    private byte[] plain;
    private int plainLength;
    private final byte[] held = new byte[TAG_BYTES];
    private int heldLength;
    private byte[] scratch;

    JdkAesGcm(GcmNonces nonces) {
        this.nonces = nonces;
    }

    @Override
    public void init(CryptMode mode, byte[] bytes, GCMParameterSpec parameters) throws SecurityException {
        if (parameters.getTLen() != TAG_BYTES * 8 || parameters.getIV().length != NONCE_BYTES) {
            throw new SecurityException("AES-GCM for SMB takes a 12-byte nonce and a 16-byte tag");
        }
        if (mode == CryptMode.ENCRYPT) {
            nonces.claim(bytes, parameters.getIV());
        }
        this.mode = mode;
        SecretKeySpec key = JdkAes.key(bytes);
        this.gcm = JdkAes.cipher("AES/GCM/NoPadding");
        this.plain = new byte[0];
        this.plainLength = 0;
        this.heldLength = 0;
        try {
            gcm.init(Cipher.ENCRYPT_MODE, key, parameters);
            if (mode == CryptMode.DECRYPT) {
                ctr = JdkAes.cipher("AES/CTR/NoPadding");
                ctr.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(firstDataCounter(parameters.getIV())));
                scratch = new byte[JdkAes.SLICE + TAG_BYTES];
            }
        } catch (GeneralSecurityException e) {
            throw new SecurityException(e);
        }
    }

    @Override
    public void updateAAD(byte[] bytes, int offset, int length) {
        gcm.updateAAD(bytes, offset, length);
    }

    @Override
    public byte[] update(byte[] bytes, int offset, int length) throws SecurityException {
        try {
            if (mode == CryptMode.DECRYPT) {
                open(bytes, offset, length);
                return new byte[0];
            }
            byte[] out = new byte[gcm.getOutputSize(length)];
            return Arrays.copyOf(out, JdkAes.update(gcm, bytes, offset, length, out, 0));
        } catch (GeneralSecurityException e) {
            throw new SecurityException(e);
        }
    }

    @Override
    public byte[] doFinal(byte[] bytes, int offset, int length) throws SecurityException {
        try {
            if (mode == CryptMode.DECRYPT) {
                open(bytes, offset, length);
                return verified();
            }
            byte[] out = new byte[gcm.getOutputSize(length)];
            int written = JdkAes.update(gcm, bytes, offset, length, out, 0);
            written += gcm.doFinal(out, written);
            return written == out.length ? out : Arrays.copyOf(out, written);
        } catch (GeneralSecurityException e) {
            throw new SecurityException(e);
        }
    }

    @Override
    public void reset() {
        gcm = null;
        ctr = null;
        plain = new byte[0];
        plainLength = 0;
        heldLength = 0;
    }

    /** Decrypts all but the last 16 bytes received so far, which may be the tag. */
    private void open(byte[] bytes, int offset, int length) throws GeneralSecurityException {
        int release = heldLength + length - TAG_BYTES;
        if (release <= 0) {
            System.arraycopy(bytes, offset, held, heldLength, length);
            heldLength += length;
            return;
        }
        if (plainLength + release > plain.length) {
            // room for the held-back bytes too, so a message whose tag comes last needs no copy at the end
            plain = Arrays.copyOf(plain, plainLength + release + TAG_BYTES);
        }
        int fromHeld = Math.min(heldLength, release);
        decrypt(held, 0, fromHeld);
        decrypt(bytes, offset, release - fromHeld);
        int keptFromHeld = heldLength - fromHeld;
        System.arraycopy(held, fromHeld, held, 0, keptFromHeld);
        System.arraycopy(bytes, offset + release - fromHeld, held, keptFromHeld, TAG_BYTES - keptFromHeld);
        heldLength = TAG_BYTES;
    }

    private void decrypt(byte[] bytes, int offset, int length) throws GeneralSecurityException {
        int start = plainLength;
        plainLength += JdkAes.update(ctr, bytes, offset, length, plain, start);
        for (int done = start; done < plainLength; done += JdkAes.SLICE) {
            gcm.update(plain, done, Math.min(JdkAes.SLICE, plainLength - done), scratch, 0);
        }
    }

    private byte[] verified() throws GeneralSecurityException, SecurityException {
        if (heldLength < TAG_BYTES) {
            throw new SecurityException("AES-GCM message shorter than its tag");
        }
        byte[] last = gcm.doFinal();
        byte[] tag = Arrays.copyOfRange(last, last.length - TAG_BYTES, last.length);
        if (!MessageDigest.isEqual(tag, held)) {
            Arrays.fill(plain, (byte) 0);
            throw new SecurityException("AES-GCM tag mismatch: the message was altered or the key is wrong");
        }
        return plainLength == plain.length ? plain : Arrays.copyOf(plain, plainLength);
    }

    /** GCM with a 12-byte nonce counts from nonce || 1 for the tag and encrypts data from nonce || 2. */
    private static byte[] firstDataCounter(byte[] nonce) {
        byte[] counter = Arrays.copyOf(nonce, JdkAes.BLOCK);
        counter[JdkAes.BLOCK - 1] = 2;
        return counter;
    }
}
