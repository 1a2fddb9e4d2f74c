package org.clusterwright.secrets;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SecretMaskTest {
    private final SecretMask mask = SecretMask.patterns();

    @Test
    void shapesOfSecretsAreMasked() {
        assertThat(mask.apply("Server=s;Password=abc;x=1")).isEqualTo("Server=s;Password=[secret masked];x=1");
        assertThat(mask.apply("pwd: 'two words'")).isEqualTo("pwd: [secret masked]");
        assertThat(mask.apply("key 0123456789abcdef0123456789ABCDEF.")).isEqualTo("key [key masked].");
        assertThat(mask.apply("{01234567-89ab-cdef-0123-456789abcdef}")).isEqualTo("{[key masked]}");
        assertThat(mask.apply("b64 ASNFZ4mrze8BI0VniavN7w== end")).isEqualTo("b64 [secret masked] end");
    }

    @Test
    void whatIsNotASecretStaysReadable() {
        List<String> keep = List.of("fingerprint a1b2c3d4e5f60718", "\\\\files\\proget$\\packages",
                "/var/lib/proget/packages/Packages2024Feed", "https://proget.corp.example:8624/administration",
                "volume-opt=o=username=ACCOUNT,password=...,vers=3.0,seal", "Password: PASSWORD",
                "Storage.PackagesRootPath", "Set CLUSTERWRIGHT_DB_PASSWORD in the environment.");
        keep.forEach(text -> assertThat(mask.apply(text)).isEqualTo(text));
    }

    @Test
    void knownValuesAreMaskedLongestFirst() {
        SecretMask known = SecretMask.knowing(List.of("hunter2", "hunter2-long", "ab"));
        assertThat(known.apply("hunter2-long and hunter2 and ab")).isEqualTo("[secret masked] and [secret masked] and ab");
    }
}
