package org.clusterwright.testing;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A missing Samba skips a developer's test with the reason, but fails under CI=true instead of hiding. */
class SambaRequirementsTest {
    @Test
    void missingSambaSkipsLocallyAndFailsUnderCi() {
        Optional<String> missing = Optional.of("No smbd here.");
        assertThatThrownBy(() -> SambaRequirements.decide(missing, null))
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("No smbd here").hasMessageContaining("apt-get");
        assertThatThrownBy(() -> SambaRequirements.decide(missing, "true"))
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("CI=true");
        assertThatCode(() -> SambaRequirements.decide(Optional.empty(), "true")).doesNotThrowAnyException();
    }
}
