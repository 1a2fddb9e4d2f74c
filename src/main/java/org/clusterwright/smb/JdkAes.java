package org.clusterwright.smb;

import com.hierynomus.security.SecurityException;

import javax.crypto.Cipher;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;

/**
 * What the JDK-backed SMB ciphers share: the JDK compiles its AES code onto the processor's instructions only for
 * methods called often, and SMBJ hands over whole 8 MiB messages, so one call per message would stay in the slow
 * interpreted loop for the whole probe. Feeding the cipher in slices makes the calls frequent enough to be compiled
 * within the first megabytes.
 */
final class JdkAes {
    static final int SLICE = 8 * 1024;
    static final int BLOCK = 16;

    private JdkAes() {
    }

    static Cipher cipher(String transformation) throws SecurityException {
        try {
            return Cipher.getInstance(transformation);
        } catch (GeneralSecurityException e) {
            throw new SecurityException(e);
        }
    }

    static SecretKeySpec key(byte[] key) {
        return new SecretKeySpec(key, "AES");
    }

    /** Runs {@code length} bytes through {@code cipher} slice by slice into {@code out}; returns the bytes written. */
    static int update(Cipher cipher, byte[] in, int offset, int length, byte[] out, int outOffset)
            throws ShortBufferException {
        int written = 0;
        for (int done = 0; done < length; done += SLICE) {
            written += cipher.update(in, offset + done, Math.min(SLICE, length - done), out, outOffset + written);
        }
        return written;
    }
}
