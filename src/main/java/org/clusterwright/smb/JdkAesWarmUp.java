package org.clusterwright.smb;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import java.security.GeneralSecurityException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Gets the JDK's AES-GCM and AES-CBC code compiled onto the processor's AES instructions before the first large
 * transfer. The JIT compiles a method with its intrinsics after some hundreds of calls; until then every byte runs
 * interpreted at a few dozen MiB/s, so a cold process would spend its first tens of megabytes crawling. A daemon
 * thread makes those calls on a throwaway key (a few megabytes, well under a second of one core) while the SMB
 * session is still being negotiated and logged in.
 */
final class JdkAesWarmUp {
    private static final int CALLS = 2000;
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private JdkAesWarmUp() {
    }

    static void startOnce() {
        if (STARTED.compareAndSet(false, true)) {
            Thread thread = new Thread(JdkAesWarmUp::run, "smb-aes-warm-up");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
        }
    }

    private static void run() {
        byte[] block = new byte[1024];
        byte[] out = new byte[block.length + JdkAes.BLOCK];
        try {
            Cipher gcm = JdkAes.cipher("AES/GCM/NoPadding");
            gcm.init(Cipher.ENCRYPT_MODE, JdkAes.key(new byte[JdkAes.BLOCK]), new GCMParameterSpec(128, new byte[12]));
            Cipher cbc = JdkAes.cipher("AES/CBC/NoPadding");
            cbc.init(Cipher.ENCRYPT_MODE, JdkAes.key(new byte[JdkAes.BLOCK]), new IvParameterSpec(new byte[JdkAes.BLOCK]));
            for (int i = 0; i < CALLS; i++) {
                gcm.update(block, 0, block.length, out, 0);
                cbc.update(block, 0, block.length, out, 0);
            }
        } catch (GeneralSecurityException | com.hierynomus.security.SecurityException e) {
            // only a head start: the real transfers get compiled all the same, later
        }
    }
}
