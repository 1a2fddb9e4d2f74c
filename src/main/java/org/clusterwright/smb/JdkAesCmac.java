package org.clusterwright.smb;

import com.hierynomus.security.Mac;
import com.hierynomus.security.SecurityException;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;

/**
 * AES-CMAC (RFC 4493), SMB 3's signature, as the CBC-MAC it is: the JDK's AES/CBC runs over the message in slices
 * (see {@link JdkAes}), the last block is held back, masked with the subkey CMAC prescribes and encrypted last; the
 * final CBC block is the MAC. The JDK has no CMAC of its own.
 */
final class JdkAesCmac implements Mac {
    private static final byte[] ZERO_BLOCK = new byte[JdkAes.BLOCK];

    private final byte[] last = new byte[JdkAes.BLOCK];
    private final byte[] scratch = new byte[JdkAes.SLICE];
    private SecretKeySpec key;
    private byte[] fullBlockMask;
    private byte[] partialBlockMask;
    private Cipher cbc;
    private int lastLength;

    @Override
    public void init(byte[] bytes) throws SecurityException {
        key = JdkAes.key(bytes);
        try {
            Cipher ecb = JdkAes.cipher("AES/ECB/NoPadding");
            ecb.init(Cipher.ENCRYPT_MODE, key);
            fullBlockMask = doubled(ecb.doFinal(ZERO_BLOCK));
            partialBlockMask = doubled(fullBlockMask);
        } catch (GeneralSecurityException e) {
            throw new SecurityException(e);
        }
        cbc = JdkAes.cipher("AES/CBC/NoPadding");
        reset();
    }

    @Override
    public void update(byte b) {
        update(new byte[] {b}, 0, 1);
    }

    @Override
    public void update(byte[] bytes) {
        update(bytes, 0, bytes.length);
    }

    @Override
    public void update(byte[] bytes, int offset, int length) {
        try {
            int take = Math.min(JdkAes.BLOCK - lastLength, length);
            System.arraycopy(bytes, offset, last, lastLength, take);
            lastLength += take;
            offset += take;
            length -= take;
            if (length == 0) {
                return;
            }
            // more follows, so the held block is not the last one
            cbc.update(last, 0, JdkAes.BLOCK, scratch, 0);
            // keep at least one byte back: the last block must wait for doFinal's mask
            int whole = (length - 1) / JdkAes.BLOCK * JdkAes.BLOCK;
            for (int done = 0; done < whole; done += JdkAes.SLICE) {
                cbc.update(bytes, offset + done, Math.min(JdkAes.SLICE, whole - done), scratch, 0);
            }
            lastLength = length - whole;
            System.arraycopy(bytes, offset + whole, last, 0, lastLength);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-CMAC failed", e);
        }
    }

    @Override
    public byte[] doFinal() {
        byte[] mask = fullBlockMask;
        if (lastLength < JdkAes.BLOCK) {
            mask = partialBlockMask;
            last[lastLength] = (byte) 0x80;
            java.util.Arrays.fill(last, lastLength + 1, JdkAes.BLOCK, (byte) 0);
        }
        for (int i = 0; i < JdkAes.BLOCK; i++) {
            last[i] ^= mask[i];
        }
        try {
            byte[] mac = cbc.doFinal(last);
            reset();
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-CMAC failed", e);
        }
    }

    @Override
    public void reset() {
        lastLength = 0;
        try {
            cbc.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(ZERO_BLOCK));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-CMAC failed", e);
        }
    }

    /** Multiplication by x in GF(2^128), how CMAC derives its two subkeys. */
    private static byte[] doubled(byte[] block) {
        byte[] out = new byte[JdkAes.BLOCK];
        for (int i = 0; i < JdkAes.BLOCK; i++) {
            int next = i + 1 < JdkAes.BLOCK ? (block[i + 1] & 0xff) >>> 7 : 0;
            out[i] = (byte) (block[i] << 1 | next);
        }
        if ((block[0] & 0x80) != 0) {
            out[JdkAes.BLOCK - 1] ^= (byte) 0x87;
        }
        return out;
    }
}
