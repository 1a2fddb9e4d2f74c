package org.clusterwright.smb;

import com.hierynomus.security.SecurityException;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Refuses to encrypt twice under one key with one nonce. AES-GCM with a repeated nonce gives away the XOR of the two
 * plaintexts and the authentication key, after which anyone on the path can forge messages. SMBJ 0.14 does not count
 * its nonces: it takes each from {@code System.nanoTime()}, and on a coarse clock two messages sent in the same tick
 * get the same one. Messages of one session are encrypted one after another under the transport's lock and that
 * clock never runs backwards, so a repeat can only be of the session's previous nonce; remembering the last nonce per
 * key is enough to catch it, and the message fails instead of going out.
 */
final class GcmNonces {
    /** Sessions remembered at once; a session that drops out merely loses the check. */
    private static final int KEYS = 256;

    /** Last nonce per key, the key known only by its SHA-256 so that no key bytes are kept here. */
    private final Map<ByteBuffer, byte[]> last = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ByteBuffer, byte[]> eldest) {
            return size() > KEYS;
        }
    };

    void claim(byte[] key, byte[] nonce) throws SecurityException {
        ByteBuffer id = ByteBuffer.wrap(fingerprint(key));
        synchronized (last) {
            byte[] previous = last.put(id, nonce.clone());
            if (previous != null && Arrays.equals(previous, nonce)) {
                throw new SecurityException("AES-GCM nonce repeated under the same session key; message not sent");
            }
        }
    }

    private static byte[] fingerprint(byte[] key) throws SecurityException {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key);
        } catch (GeneralSecurityException e) {
            throw new SecurityException(e);
        }
    }
}
