package org.clusterwright.database.tds;

import org.bouncycastle.crypto.digests.MD4Digest;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/**
 * The server's side of NTLM (MS-NLMP): answers NEGOTIATE with a CHALLENGE whose target information carries a
 * timestamp (so the client adds a MIC), and verifies the AUTHENTICATE message's NTLMv2 response and MIC with the
 * account's password, as the domain controller does for a real SQL Server.
 */
final class NtlmAcceptor implements WindowsLogins.SspiAcceptor {
    static final byte[] SIGNATURE = "NTLMSSP\0".getBytes(StandardCharsets.US_ASCII);
    private static final int NEGOTIATE = 1;
    private static final int AUTHENTICATE = 3;
    // UNICODE, REQUEST_TARGET, NTLM, ALWAYS_SIGN, TARGET_TYPE_DOMAIN, EXTENDED_SESSIONSECURITY, TARGET_INFO
    private static final int FLAGS = 0x1 | 0x4 | 0x200 | 0x8000 | 0x10000 | 0x80000 | 0x800000;
    private static final int CHALLENGE_FIXED = 56;
    private static final int MIC_OFFSET = 72;
    private static final long WINDOWS_EPOCH_SECONDS = 11644473600L;

    private final WindowsLogins logins;
    private final byte[] serverChallenge = new byte[8];
    private byte[] negotiate;
    private byte[] challenge;

    NtlmAcceptor(WindowsLogins logins) {
        this.logins = logins;
        new SecureRandom().nextBytes(serverChallenge);
    }

    @Override
    public SspiStep accept(byte[] token) {
        ByteBuffer in = ByteBuffer.wrap(token).order(ByteOrder.LITTLE_ENDIAN);
        int type = token.length >= 12 ? in.getInt(8) : 0;
        if (type == NEGOTIATE && negotiate == null) {
            negotiate = token;
            challenge = challenge();
            return SspiStep.more(challenge);
        }
        if (type == AUTHENTICATE && challenge != null) {
            return authenticate(token, in);
        }
        return SspiStep.refused("unexpected NTLM message type " + type);
    }

    private byte[] challenge() {
        byte[] target = utf16(logins.netbiosDomain());
        byte[] info = targetInfo();
        ByteBuffer out = ByteBuffer.allocate(CHALLENGE_FIXED + target.length + info.length)
                .order(ByteOrder.LITTLE_ENDIAN);
        out.put(SIGNATURE).putInt(2);
        out.putShort((short) target.length).putShort((short) target.length).putInt(CHALLENGE_FIXED);
        out.putInt(FLAGS).put(serverChallenge).putLong(0);
        out.putShort((short) info.length).putShort((short) info.length).putInt(CHALLENGE_FIXED + target.length);
        out.putLong(0); // version
        // mssql-jdbc reads the target name and target information in this order, right after the fixed part
        out.put(target).put(info);
        return out.array();
    }

    private byte[] targetInfo() {
        String dns = logins.dnsDomain();
        long now = (Instant.now().getEpochSecond() + WINDOWS_EPOCH_SECONDS) * 10_000_000L;
        ByteBuffer info = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
        pair(info, 2, utf16(logins.netbiosDomain()));
        pair(info, 1, utf16("SQL"));
        pair(info, 4, utf16(dns));
        pair(info, 3, utf16("sql." + dns));
        pair(info, 7, ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(now).array());
        pair(info, 0, new byte[0]);
        return Arrays.copyOf(info.array(), info.position());
    }

    private SspiStep authenticate(byte[] token, ByteBuffer in) {
        byte[] response = field(token, in, 20);
        String domain = new String(field(token, in, 28), StandardCharsets.UTF_16LE);
        String user = new String(field(token, in, 36), StandardCharsets.UTF_16LE);
        String identity = logins.netbiosDomain() + "\\" + user;
        String password = logins.passwordOf(domain, user);
        if (password == null) {
            return SspiStep.refused("no account " + domain + "\\" + user + " in the domain");
        }
        if (response.length <= 16) {
            return SspiStep.refused("not an NTLMv2 response (" + response.length + " bytes)");
        }
        try {
            byte[] ntowf = hmac(md4(utf16(password)), utf16(user.toUpperCase(Locale.ROOT) + domain));
            byte[] blob = Arrays.copyOfRange(response, 16, response.length);
            byte[] proof = hmac(ntowf, concat(serverChallenge, blob));
            if (!MessageDigest.isEqual(proof, Arrays.copyOf(response, 16))) {
                return SspiStep.refused("the NTLMv2 response does not match the password of " + identity);
            }
            byte[] sessionKey = hmac(ntowf, proof);
            byte[] zeroMic = token.clone();
            Arrays.fill(zeroMic, MIC_OFFSET, MIC_OFFSET + 16, (byte) 0);
            byte[] mic = hmac(sessionKey, concat(concat(negotiate, challenge), zeroMic));
            if (!MessageDigest.isEqual(mic, Arrays.copyOfRange(token, MIC_OFFSET, MIC_OFFSET + 16))) {
                return SspiStep.refused("the message integrity code (MIC) does not match");
            }
        } catch (GeneralSecurityException e) {
            return SspiStep.refused("cannot verify NTLM: " + e);
        }
        return SspiStep.accepted(new byte[0], identity);
    }

    private static byte[] field(byte[] token, ByteBuffer in, int at) {
        int length = in.getShort(at) & 0xFFFF;
        int offset = in.getInt(at + 4);
        return offset + length <= token.length ? Arrays.copyOfRange(token, offset, offset + length) : new byte[0];
    }

    private static void pair(ByteBuffer out, int id, byte[] value) {
        out.putShort((short) id).putShort((short) value.length).put(value);
    }

    private static byte[] utf16(String text) {
        return text.getBytes(StandardCharsets.UTF_16LE);
    }

    private static byte[] md4(byte[] data) {
        MD4Digest digest = new MD4Digest();
        digest.update(data, 0, data.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }

    private static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacMD5");
        mac.init(new SecretKeySpec(key, "HmacMD5"));
        return mac.doFinal(data);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
