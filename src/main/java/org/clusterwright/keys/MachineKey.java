package org.clusterwright.keys;

import org.clusterwright.secrets.Secret;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The IIS machine key pair that ProGet 5.3 and older needs to be the same on every server, set as Inedo's guide
 * asks: validation SHA1, encryption (decryption) Auto. Both keys are secrets: they sign and encrypt the login cookie.
 *
 * <p>Lengths, from Microsoft's machineKey documentation: the validation key must be 20 to 64 bytes (40 to 128 hex
 * characters) and 128 hex characters are recommended (KB 312906, "How to create keys by using Visual C# .NET for use
 * in Forms authentication"; machineKey element, learn.microsoft.com/previous-versions/dotnet/netframework-1.1/w8h3skw9).
 * The decryption key is 8 bytes for DES or 24 for 3DES (KB 312906), and 16, 24 or 32 bytes for AES, which is what
 * Auto uses (machineKey element, netframework-4.0/w8h3skw9(v=vs.100)). 24 bytes (48 hex characters) is valid under
 * every one of those, so the element works whichever algorithm Auto picks on the server's .NET version.
 */
public record MachineKey(Secret validationKey, Secret decryptionKey) {
    public static final int VALIDATION_KEY_BYTES = 64;
    public static final int DECRYPTION_KEY_BYTES = 24;

    /** The element with its values hidden: what may be shown, printed or reported. */
    public static final String MASKED_ELEMENT = element("[" + VALIDATION_KEY_BYTES * 2 + " hex characters, hidden]",
            "[" + DECRYPTION_KEY_BYTES * 2 + " hex characters, hidden]");

    private static final SecureRandom RANDOM = new SecureRandom();

    public MachineKey {
        Objects.requireNonNull(validationKey, "validationKey");
        Objects.requireNonNull(decryptionKey, "decryptionKey");
    }

    /** A new pair from {@link SecureRandom}, in upper-case hex as IIS Manager writes it. */
    public static MachineKey generate() {
        return new MachineKey(randomHex(VALIDATION_KEY_BYTES), randomHex(DECRYPTION_KEY_BYTES));
    }

    /** The manual step, with the element masked; the values come only from {@link #element()} on request. */
    public static String instructions() {
        return "Give every server the same IIS machine key: put " + MASKED_ELEMENT + " inside <system.web> of the "
                + "ProGet web site's web.config on each server (IIS Manager > Machine Key shows the same two keys), "
                + "then restart the site. Get the values with 'clusterwright keys machine-key --out FILE' or Reveal "
                + "in the wizard.";
    }

    /** The element to paste into web.config, values included: a secret itself. */
    public Secret element() {
        return Secret.of(element(validationKey.reveal(), decryptionKey.reveal()));
    }

    private static String element(String validation, String decryption) {
        return "<machineKey validationKey=\"" + validation + "\" decryptionKey=\"" + decryption
                + "\" validation=\"SHA1\" decryption=\"Auto\" />";
    }

    private static Secret randomHex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Secret.of(HexFormat.of().withUpperCase().formatHex(random));
    }

    @Override
    public String toString() {
        return "MachineKey[validationKey=" + Secret.MASK + ", decryptionKey=" + Secret.MASK + "]";
    }
}
