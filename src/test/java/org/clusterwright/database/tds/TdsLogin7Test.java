package org.clusterwright.database.tds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TdsLogin7Test {

    /** The obfuscation as mssql-jdbc 12.8 writes it (SQLServerConnection.encryptPassword). */
    private static byte[] obfuscateLikeTheDriver(String password) {
        byte[] data = new byte[password.length() * 2];
        for (int i = 0; i < password.length(); i++) {
            int j = password.charAt(i) ^ 0x5a5a;
            j = (j & 0xf) << 4 | (j & 0xf0) >> 4 | (j & 0xf00) << 4 | (j & 0xf000) >> 4;
            data[i * 2 + 1] = (byte) ((j & 0xFF00) >> 8);
            data[i * 2] = (byte) (j & 0x00FF);
        }
        return data;
    }

    @Test
    void undoesTheDriversPasswordObfuscation() {
        for (String password : new String[] {"", "a", "Passw0rd!", "pässwörd ✓ 密码", "\u0000\uFFFF"}) {
            assertThat(Login7.deobfuscate(obfuscateLikeTheDriver(password))).isEqualTo(password);
        }
    }
}
