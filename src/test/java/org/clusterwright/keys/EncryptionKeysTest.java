package org.clusterwright.keys;

import org.clusterwright.secrets.Secret;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EncryptionKeysTest {
    @Test
    void generatedKeysAre32HexCharactersAndDiffer() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String key = EncryptionKeys.generate().reveal();
            assertThat(key).matches("[0-9a-f]{32}");
            seen.add(key);
        }
        assertThat(seen).hasSize(100);
    }

    @Test
    void theDocumentedExamplesAreValid() {
        assertThat(EncryptionKeys.parse("1fa97faa42744155a879c056a70c11a7").isValid()).isTrue();
        assertThat(EncryptionKeys.parse("  37D27A670394F7D82CE57F1F07D69747 \n").isValid()).isTrue();
    }

    @Test
    void aGuidIsAcceptedWithoutItsDashesAndANote() {
        EncryptionKeys.KeyInput input = EncryptionKeys.parse("1fa97faa-4274-4155-a879-c056a70c11a7");
        assertThat(input.isValid()).isTrue();
        assertThat(input.key().reveal()).isEqualTo("1fa97faa42744155a879c056a70c11a7");
        assertThat(input.note()).contains("GUID");
    }

    @Test
    void wrongKeysSayWhatIsWrong() {
        assertThat(EncryptionKeys.parse("abc").error()).contains("3 hex characters").contains("32");
        assertThat(EncryptionKeys.parse("zz97faa42744155a879c056a70c11a7x").error()).contains("only hex");
        assertThat(EncryptionKeys.parse("").error()).contains("No key");
    }

    @Test
    void fingerprintIsStableCaseInsensitiveAndRevealsNothing() {
        String lower = EncryptionKeys.fingerprint(Secret.of("37d27a670394f7d82ce57f1f07d69747"));
        String upper = EncryptionKeys.fingerprint(Secret.of("37D27A670394F7D82CE57F1F07D69747"));
        assertThat(lower).isEqualTo(upper).matches("[0-9a-f]{16}");
        assertThat("37d27a670394f7d82ce57f1f07d69747").doesNotContain(lower);
        assertThat(EncryptionKeys.fingerprint(Secret.of("1fa97faa42744155a879c056a70c11a7"))).isNotEqualTo(lower);
    }

    @Test
    void secretsNeverPrintTheirValue() {
        Secret secret = Secret.of("hunter2");
        assertThat(secret.toString()).isEqualTo(Secret.MASK);
        assertThat("value: " + secret).doesNotContain("hunter2");
    }
}
