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
 * header gives the tag the sender must have computed. The plaintext is handed out only when the tags match.
 */
final class JdkAesGcm implements AEADBlockCipher {
    private static final int TAG_BYTES = 16;
    private static final int NONCE_BYTES = 12;

    private CryptMode mode;
    private SecretKeySpec key;
    private byte[] nonce;
    /** Encrypts: the message when encrypting, the recovered plaintext (only for its tag) when decrypting. */
    private Cipher gcm;
    /** Decrypting: the ciphertext and its tag, gathered until doFinal. */
    private byte[] received = new byte[0];
    private int receivedLength;

    @Override
    public void init(CryptMode mode, byte[] bytes, GCMParameterSpec parameters) throws SecurityException {
        if (parameters.getTLen() != TAG_BYTES * 8 || parameters.getIV().length != NONCE_BYTES) {
            throw new SecurityException("AES-GCM for SMB takes a 12-byte nonce and a 16-byte tag");
        }
        this.mode = mode;
        this.key = JdkAes.key(bytes);
        this.nonce = parameters.getIV();
        this.gcm = JdkAes.cipher("AES/GCM/NoPadding");
        this.receivedLength = 0;
        try {
            gcm.init(Cipher.ENCRYPT_MODE, key, parameters);
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
        if (mode == CryptMode.DECRYPT) {
            receive(bytes, offset, length);
            return new byte[0];
        }
        try {
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
                receive(bytes, offset, length);
                return decrypt();
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
        receivedLength = 0;
    }

    private byte[] decrypt() throws GeneralSecurityException, SecurityException {
        if (receivedLength < TAG_BYTES) {
            throw new SecurityException("AES-GCM message shorter than its tag");
        }
        int length = receivedLength - TAG_BYTES;
        byte[] plain = new byte[length];
        Cipher ctr = JdkAes.cipher("AES/CTR/NoPadding");
        ctr.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(firstDataCounter()));
        int written = JdkAes.update(ctr, received, 0, length, plain, 0);
        ctr.doFinal(plain, written);
        byte[] scratch = new byte[JdkAes.SLICE + TAG_BYTES];
        for (int done = 0; done < length; done += JdkAes.SLICE) {
            gcm.update(plain, done, Math.min(JdkAes.SLICE, length - done), scratch, 0);
        }
        byte[] last = gcm.doFinal();
        byte[] tag = Arrays.copyOfRange(last, last.length - TAG_BYTES, last.length);
        if (!MessageDigest.isEqual(tag, Arrays.copyOfRange(received, length, receivedLength))) {
            Arrays.fill(plain, (byte) 0);
            throw new SecurityException("AES-GCM tag mismatch: the message was altered or the key is wrong");
        }
        return plain;
    }

    /** GCM with a 12-byte nonce counts from nonce || 1 for the tag and encrypts data from nonce || 2. */
    private byte[] firstDataCounter() {
        byte[] counter = Arrays.copyOf(nonce, JdkAes.BLOCK);
        counter[JdkAes.BLOCK - 1] = 2;
        return counter;
    }

    private void receive(byte[] bytes, int offset, int length) {
        if (receivedLength + length > received.length) {
            received = Arrays.copyOf(received, receivedLength + length + TAG_BYTES);
        }
        System.arraycopy(bytes, offset, received, receivedLength, length);
        receivedLength += length;
    }
}
