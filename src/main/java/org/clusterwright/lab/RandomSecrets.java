package org.clusterwright.lab;

import org.clusterwright.secrets.Secret;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Fresh secrets for each lab. Letters and digits only: they go into Npgsql connection strings and SQL statements,
 * where quotes or semicolons would need escaping.
 */
final class RandomSecrets {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private RandomSecrets() {
    }

    static Secret password() {
        char[] chars = new char[20];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return Secret.of(chars);
    }

    /** 16 random bytes as 32 hex digits: the EncryptionKey format Inedo documents, and a plausible API key. */
    static Secret hexKey() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Secret.of(HexFormat.of().formatHex(bytes));
    }
}
