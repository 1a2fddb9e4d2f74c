package org.clusterwright.smb;

import com.hierynomus.security.AEADBlockCipher;
import com.hierynomus.security.Cipher;
import com.hierynomus.security.DerivationFunction;
import com.hierynomus.security.Mac;
import com.hierynomus.security.MessageDigest;
import com.hierynomus.security.SecurityException;
import com.hierynomus.security.SecurityProvider;
import com.hierynomus.security.bc.BCSecurityProvider;

/**
 * SMBJ's cryptography with the two bulk algorithms moved onto the JDK: AES-GCM (SMB 3.1.1 encryption) and AES-CMAC
 * (SMB 3 signing). SMBJ's default runs them in BouncyCastle's pure-Java AES at about 60 MiB/s, which made every
 * transfer CPU-bound on the client; the JDK's AES runs on the processor's AES and carry-less multiply instructions
 * once compiled. Everything else (key derivation, NTLM, AES-CCM of SMB 3.0) stays with SMBJ's default.
 */
public final class SmbCrypto implements SecurityProvider {
    static final String GCM = "AES/GCM/NoPadding";
    static final String CMAC = "AesCmac";

    private final SecurityProvider fallback = new BCSecurityProvider();
    private final GcmNonces nonces = new GcmNonces();

    public SmbCrypto() {
        JdkAesWarmUp.startOnce();
    }

    @Override
    public MessageDigest getDigest(String name) throws SecurityException {
        return fallback.getDigest(name);
    }

    @Override
    public Mac getMac(String name) throws SecurityException {
        return CMAC.equalsIgnoreCase(name) ? new JdkAesCmac() : fallback.getMac(name);
    }

    @Override
    public Cipher getCipher(String name) throws SecurityException {
        return fallback.getCipher(name);
    }

    @Override
    public AEADBlockCipher getAEADBlockCipher(String name) throws SecurityException {
        return GCM.equals(name) ? new JdkAesGcm(nonces) : fallback.getAEADBlockCipher(name);
    }

    @Override
    public DerivationFunction getDerivationFunction(String name) throws SecurityException {
        return fallback.getDerivationFunction(name);
    }
}
