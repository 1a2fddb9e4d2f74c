package org.clusterwright.testing;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A missing nginx or haproxy skips a developer's test with the reason, but fails under CI=true instead of hiding. */
class ProgramRequirementsTest {
    @Test
    void aMissingProgramSkipsLocallyAndFailsUnderCi() {
        Optional<String> missing = Optional.of("No nginx here.");
        assertThatThrownBy(() -> ProgramRequirements.decide(missing, "nginx", null))
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("No nginx here").hasMessageContaining("apt-get install -y nginx");
        assertThatThrownBy(() -> ProgramRequirements.decide(missing, "nginx", "true"))
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("CI=true");
        assertThatCode(() -> ProgramRequirements.decide(Optional.empty(), "nginx", "true")).doesNotThrowAnyException();
    }
}
